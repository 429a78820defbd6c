import type { Random } from "./prng.js";

// Made-up words, names and places: the library benchmark needs text with the statistics of news (a
// Zipfian vocabulary, recurring names, topic words) but none of anyone's articles.

/** Real function and common news words, most frequent first: they make the text tokenize and stem like English. */
const COMMON = (
  "the of and to a in that said for on is was with he it as at by from his have be has are an not this but " +
  "they who had were been would their its will more after also one about or new which than we there over up " +
  "two people year last government first could into other when officials told some against while out year most " +
  "state country week since during before because many under city president police minister between three " +
  "group report public both years former national including day talks plan deal law court security support"
).split(" ");

const ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "gr", "pr", "st", "tr", "ch", "sh", "th", "pl", "fl", "sk"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ee"];
const CODAS = ["", "", "", "n", "r", "s", "l", "t", "m", "nd", "st", "ck", "rt"];
const ENDINGS = ["", "", "", "ing", "ed", "er", "tion", "ment", "s", "ly", "ness", "ity"];

export interface Vocabulary {
  /** Words by frequency rank (0 = most common). */
  words: string[];
  /** A word drawn with Zipfian frequency. */
  zipf(random: Random): string;
  /** A word of middling rank: recurring enough to be a topic, rare enough to be distinctive. */
  topical(random: Random): string;
  firstNames: string[];
  surnames: string[];
  places: string[];
  organisations: string[];
}

const ZIPF_TABLE_SIZE = 1 << 20;

/** Builds a deterministic vocabulary of about `size` words plus name, place and organisation pools. */
export function buildVocabulary(random: Random, size = 30_000): Vocabulary {
  const seen = new Set<string>(COMMON);
  const words = [...COMMON];
  const invent = (syllables: number, ending: boolean) => {
    for (;;) {
      let word = "";
      for (let s = 0; s < syllables; s++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
      if (ending) word += random.pick(ENDINGS);
      if (word.length >= 3 && !seen.has(word)) {
        seen.add(word);
        return word;
      }
    }
  };
  while (words.length < size) words.push(invent(1 + random.int(3), true));
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  const firstNames = Array.from({ length: 400 }, () => capital(invent(2, false)));
  const surnames = Array.from({ length: 4_000 }, () => capital(invent(2 + random.int(2), false)));
  const places = Array.from({ length: 800 }, () => capital(invent(2, false)) + random.pick(["", "", "ia", "stan", "land", "ovo", " City"]));
  const kinds = ["Institute", "Party", "Council", "Bank", "Group", "Union", "Ministry", "Agency", "Foundation", "Motors"];
  const organisations = Array.from({ length: 400 }, () => `${capital(invent(2, false))} ${random.pick(kinds)}`);

  const table = zipfTable(words.length);
  return {
    words,
    zipf: (r) => words[table[r.int(ZIPF_TABLE_SIZE)]!]!,
    topical: (r) => words[300 + r.int(Math.min(8_000, words.length - 300))]!,
    firstNames,
    surnames,
    places,
    organisations,
  };
}

/** Rank lookup table: rank r fills a share of slots proportional to 1 / (r + 1), so sampling is one lookup. */
function zipfTable(ranks: number): Int32Array {
  const table = new Int32Array(ZIPF_TABLE_SIZE);
  let total = 0;
  for (let r = 0; r < ranks; r++) total += 1 / (r + 1);
  let slot = 0;
  let cumulative = 0;
  for (let r = 0; r < ranks && slot < ZIPF_TABLE_SIZE; r++) {
    cumulative += 1 / (r + 1) / total;
    const end = Math.min(ZIPF_TABLE_SIZE, Math.max(slot + 1, Math.round(cumulative * ZIPF_TABLE_SIZE)));
    table.fill(r, slot, end);
    slot = end;
  }
  table.fill(ranks - 1, slot);
  return table;
}
