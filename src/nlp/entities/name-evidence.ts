import type { NameRun } from "./name-runs.js";
import { BETWEEN_SUBJECT_AND_VERB } from "./closed-words.js";
import { L_DETERMINER, L_FILLER, L_GIVEN_NAME, L_NP_BREAKER, L_PREPOSITION, L_ROLE_MODIFIER, L_ROLE_NOUN, L_SPEECH_VERB } from "./lexicon.js";
import { F_CAP, F_LOWER, F_NUM, F_POSS, F_SENT, F_UPPER, F_WORD, isMark, wordBits, type WordTable } from "./word-table.js";

/** True when a run is the subject of a verb of saying ("Caddell said") or follows one ("said Caddell."). */
export function runSpeaks(t: WordTable, run: NameRun): boolean {
  let k = run.last + 1;
  for (let skipped = 0; skipped < 2 && isFillerAt(t, k); skipped++) k++;
  if (((t.flags[k] ?? 0) & F_WORD) !== 0 && (wordBits(t, k) & L_SPEECH_VERB) !== 0) return true;
  if (isMark(t, k, ",") && opensAppositive(t, k + 1)) {
    // "Angelique Brunner, president of the developers’ group, said"
    let c = k + 1;
    while (c < t.count && c - k < 25 && !isMark(t, c, ",") && !isMark(t, c, ".")) c++;
    if (isMark(t, c, ",") && (wordBits(t, c + 1) & L_SPEECH_VERB) !== 0) return true;
  }
  // "noted NBC’s Dante Chinni." -- a possessive organisation may stand between the verb and the name.
  let b = run.first - 1;
  if (((t.flags[b] ?? 0) & F_POSS) !== 0 && ((t.flags[b] ?? 0) & F_CAP) !== 0) b--;
  const inverted = (wordBits(t, b) & L_SPEECH_VERB) !== 0 && INVERTED_VERBS.has(t.lower[b] ?? "");
  if (inverted || ((wordBits(t, b) & L_PREPOSITION) !== 0 && t.lower[b] === "to" && t.lower[b - 1] === "according")) {
    const after = t.lower[run.last + 1] ?? ".";
    return after === "." || after === "," || after === ";" || after === ":" || after === "(";
  }
  return false;
}

const INVERTED_VERBS = new Set(["said", "says", "asked", "added", "wrote", "noted", "explained", "continued", "replied", "argued", "recalled", "tweeted"]);

function opensAppositive(t: WordTable, k: number): boolean {
  const bits = wordBits(t, k);
  if ((bits & L_DETERMINER) !== 0) {
    const lower = t.lower[k] ?? "";
    if (lower === "the" || lower === "a" || lower === "an") return true;
  }
  return ((t.flags[k] ?? 0) & F_NUM) !== 0 || (bits & (L_ROLE_NOUN | L_ROLE_MODIFIER)) !== 0;
}

/** Adverbs and auxiliaries between a subject and its verb ("Cruz openly admitted"), as lower-case words. */
export function isFiller(lower: string): boolean {
  return BETWEEN_SUBJECT_AND_VERB.has(lower) || (lower.length > 4 && lower.endsWith("ly"));
}

/** Token `k` is such a filler (a lower-case word: "Skelly" is a name, "openly" an adverb). */
export function isFillerAt(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & F_LOWER) !== 0 && (wordBits(t, k) & L_FILLER) !== 0;
}

/**
 * A capitalised word acting as the subject of a past-tense verb at the start of a clause ("Carson defied
 * the question") is a person's name in news prose more often than not.
 */
export function runActs(t: WordTable, run: NameRun): boolean {
  const b = run.first - 1;
  const opens = ((t.flags[run.first] ?? 0) & F_SENT) !== 0 || isMark(t, b, ",") || ((wordBits(t, b) & L_NP_BREAKER) !== 0 && (t.lower[b] === "and" || t.lower[b] === "but"));
  if (!opens || ((t.flags[run.last] ?? 0) & (F_POSS | F_UPPER)) !== 0) return false;
  let k = run.last + 1;
  for (let skipped = 0; skipped < 2 && isFillerAt(t, k); skipped++) k++;
  const verb = t.lower[k] ?? "";
  return ((t.flags[k] ?? 0) & F_LOWER) !== 0 && verb.length > 3 && verb.endsWith("ed") && !PARTICIPLE_ADJECTIVES.has(verb);
}

const PARTICIPLE_ADJECTIVES = new Set(["based", "led", "owned", "backed", "funded", "related", "linked", "born", "united", "used", "armed"]);

// Adverb endings that no surname has: a capitalised "Unfortunately," opens a sentence, it names nobody.
const ADVERB = /(?:ally|ately|ously|ently|antly|ingly|ively|edly|fully|lessly)$/;

/** Runs that cannot be a person's name: digits or an acronym in them, a lone sentence adverb, or a title after "The". */
export function cannotBePerson(t: WordTable, run: NameRun): boolean {
  if (run.first === run.last && ((t.flags[run.first] ?? 0) & F_SENT) !== 0 && ADVERB.test(t.lower[run.first] ?? "")) return true;
  if (afterTitleThe(t, run.first)) return true;
  for (let k = run.first; k <= run.last; k++) {
    const f = t.flags[k] ?? 0;
    if ((f & F_NUM) !== 0) return true;
    if ((f & F_UPPER) !== 0 && (t.lower[k] ?? "").length > 1 && !(t.lower[k] ?? "").endsWith(".")) return true;
  }
  return false;
}

/**
 * "as The Hill reported", "George Zornick of The Nation": a capital "The" inside a sentence begins the title of a
 * paper, a show or a band, and a person's name never takes an article.
 */
export function afterTitleThe(t: WordTable, first: number): boolean {
  const the = first - 1;
  return t.lower[the] === "the" && ((t.flags[the] ?? 0) & (F_CAP | F_SENT)) === F_CAP;
}

const DIGITS = /^[0-9]+$/;

/** "Woodrow Benford, 58, who lives ...": a name with an age in commas after it is a person's. */
export function hasAgeAfter(t: WordTable, run: NameRun): boolean {
  const k = run.last + 1;
  if (t.lower[k] !== "," || t.lower[k + 2] !== "," || ((t.flags[k + 1] ?? 0) & F_NUM) === 0) return false;
  const age = t.lower[k + 1] ?? "";
  return age.length <= 3 && DIGITS.test(age) && Number(age) <= 120;
}

// Relations that an appositive given name may follow ("his wife, Jane,").
const RELATIONS = new Set(["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower", "partner", "fiancee", "fiance"]);

/** "his wife, Jane, called for", "Trump's wife, Melania, is": a given name set off after a relation names that person. */
export function isNamedRelative(t: WordTable, run: NameRun): boolean {
  if (run.first !== run.last || (wordBits(t, run.first) & L_GIVEN_NAME) === 0) return false;
  if (!isMark(t, run.first - 1, ",") || !RELATIONS.has(t.lower[run.first - 2] ?? "")) return false;
  return isMark(t, run.last + 1, ",") || isMark(t, run.last + 1, ".");
}
