import { stem } from "../../nlp/tokens.js";
import { ORG_WORDS } from "../../nlp/entities/org-place-words.js";
import { HONORIFICS, OFFICE_WORDS, TITLE_WORDS } from "../../nlp/entities/role-words.js";
import { SEARCH_STOP_WORDS } from "../search/stop-words.js";
import { minhashSketch } from "./minhash.js";

/**
 * What story clustering compares, computed once per stored article from its headline and lead:
 * weighted key terms and a MinHash sketch of the whole text. Stored with the article: a change to these
 * rules (or to the stemmer and word lists they use) only applies to articles stored after it.
 */
export interface StoryFeatures {
  /**
   * Key -> weight: 4 a name in the headline, 3 a name in the lead, 2 a headline word, 1 a lead word. A key is
   * a capitalised word lower-cased, or another word's stem.
   */
  keys: Map<string, number>;
  /** Sum of the key weights (the denominator of the weighted Dice similarity). */
  weight: number;
  /** Bottom-k MinHash sketch of the word 3-grams of headline and paragraphs; "" for very short texts. */
  sketch: string;
}

/** Enough keys to describe an event; more would only add common words. */
export const MAX_KEYS = 16;
/** Weight from which a key counts as a name. */
export const NAME_WEIGHT = 3;
const HEADLINE_BONUS = 1;
/** A first paragraph shorter than this (a dateline, a one-line standfirst) is read together with the next. */
const MIN_LEAD_WORDS = 25;

// Words with inner apostrophes or hyphens kept whole ("non-Taliban", "O'Brien"); the same character
// classes as minhash.ts, without the slow /u flag.
const LETTER = "A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFFEF";
const WORD = new RegExp(`[${LETTER}]+(?:['’-][${LETTER}]+)*`, "g");
const POSSESSIVE = /['’]s$/;
const UPPER_START = /^[A-Z\u00C0-\u00DE]/;
const DIGITS = /^[0-9]+$/;
// Sentence ends before the word: a period, question or exclamation mark, perhaps then closing quotes.
const SENTENCE_END = /[.!?:]["'”’)\]]*\s*$/;
const OPENERS = "\"'“‘([";
const DAYS_AND_MONTHS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march " +
    "april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
/** Capitalised words that are titles, offices, organisation kinds or dates: shared by unrelated stories, so not names. */
const NOT_NAMES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...OFFICE_WORDS, ...ORG_WORDS, ...HONORIFICS.keys(), ...DAYS_AND_MONTHS]);

/** Computes the clustering features of an article. Pure and deterministic. */
export function storyFeatures(title: string, paragraphs: readonly string[]): StoryFeatures {
  const found = new Map<string, number>();
  forEachWord(leadText(paragraphs), "prose", found, (key, name) => raise(found, key, name ? NAME_WEIGHT : 1));
  forEachWord(title, isTitleCase(title) ? "title-case" : "prose", found, (key, name) => {
    const before = Math.min(found.get(key) ?? 0, NAME_WEIGHT); // a repeated headline word gets the bonus once
    raise(found, key, Math.max(name ? NAME_WEIGHT : 1, before) + HEADLINE_BONUS);
  });
  // The heaviest keys; among equals the first seen (a stable sort over Map order), so the choice is deterministic.
  const keys = new Map([...found].sort((a, b) => b[1] - a[1]).slice(0, MAX_KEYS));
  let weight = 0;
  for (const w of keys.values()) weight += w;
  return { keys, weight, sketch: minhashSketch(title === "" ? paragraphs : [title, ...paragraphs]) };
}

/** The lead: the first paragraph, or the first two when the first is a dateline or a one-liner. */
function leadText(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? "";
  const second = paragraphs[1];
  if (second === undefined || countWords(first) >= MIN_LEAD_WORDS) return first;
  return `${first}\n${second}`;
}

/**
 * Visits the content words of a text with their key and whether they read as a name. A capitalised word
 * keys on its lower-cased form, unstemmed ("Benning" must not become "ben"); other words key on their stem.
 * In a Title Case headline capitals are style: a word keys as a name only if the lead already has it so.
 */
function forEachWord(text: string, mode: "prose" | "title-case", found: ReadonlyMap<string, number>, visit: (key: string, name: boolean) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(POSSESSIVE, "").replace(/’/g, "'");
    if (lower.length < 2 || DIGITS.test(lower) || SEARCH_STOP_WORDS.has(lower)) continue;
    if (mode === "title-case") {
      visit(found.has(lower) ? lower : stem(lower), false);
      continue;
    }
    const capitalised = UPPER_START.test(word);
    visit(capitalised ? lower : stem(lower), capitalised && !NOT_NAMES.has(lower) && !startsSentence(text, m.index));
  }
}

/** A capital at the start of a sentence (or of a line, or after an opening quote there) says nothing about being a name. */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && OPENERS.includes(text.charAt(i - 1))) i--;
  return i === 0 || text[i - 1] === "\n" || SENTENCE_END.test(text.slice(Math.max(0, i - 5), i));
}

/** "Taliban Must Earn Legitimacy, Blinken Says": capitals there are style, not names. */
function isTitleCase(title: string): boolean {
  let capitalised = 0;
  let total = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(title); m !== null; m = WORD.exec(title)) {
    if (SEARCH_STOP_WORDS.has(m[0].toLowerCase()) || DIGITS.test(m[0])) continue;
    total++;
    if (UPPER_START.test(m[0])) capitalised++;
  }
  return total >= 3 && capitalised / total > 0.75;
}

function raise(found: Map<string, number>, key: string, weight: number): void {
  if ((found.get(key) ?? 0) < weight) found.set(key, weight);
}

function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
