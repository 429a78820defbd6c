import { stem } from "../../nlp/tokens.js";
import { ORG_WORDS } from "../../nlp/entities/org-place-words.js";
import { HONORIFICS, OFFICE_WORDS, TITLE_WORDS } from "../../nlp/entities/role-words.js";
import { SEARCH_STOP_WORDS } from "../search/stop-words.js";
import { minhashSketch } from "./minhash.js";
import { decodeKeys, encodeKeys } from "./stored-keys.js";

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

const DIGITS = /^[0-9]+$/;
// A sentence ends with one of these, perhaps followed by closing quotes or brackets.
const SENTENCE_ENDS = ".!?:";
const CLOSERS = "\"'”’)]";
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
  // Taken through the stored form: the keys found are slices of the lead, and each would keep the whole
  // paragraph alive while the features sit in the clustering window (2-3 MB of heap at 100,000 articles).
  const keys = decodeKeys(encodeKeys(new Map([...found].sort((a, b) => b[1] - a[1]).slice(0, MAX_KEYS))));
  let weight = 0;
  for (const w of keys.values()) weight += w;
  return { keys, weight, sketch: minhashSketch(title === "" ? paragraphs : [title, ...paragraphs]) };
}

/** The lead: the first paragraph, or the first two when the first is a dateline or a one-liner. */
function leadText(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? "";
  const second = paragraphs[1];
  if (second === undefined || countWords(first, MIN_LEAD_WORDS) >= MIN_LEAD_WORDS) return first;
  return `${first}\n${second}`;
}

/**
 * Visits the content words of a text with their key and whether they read as a name. A capitalised word
 * keys on its lower-cased form, unstemmed ("Benning" must not become "ben"); other words key on their stem.
 * In a Title Case headline capitals are style: a word keys as a name only if the lead already has it so.
 */
function forEachWord(text: string, mode: "prose" | "title-case", found: ReadonlyMap<string, number>, visit: (key: string, name: boolean) => void): void {
  scanWords(text, (start, end) => {
    const lower = lowerWord(text, start, end);
    if (lower.length < 2 || DIGITS.test(lower) || SEARCH_STOP_WORDS.has(lower)) return;
    if (mode === "title-case") return visit(found.has(lower) ? lower : stem(lower), false);
    const capitalised = isUpper(text.charCodeAt(start));
    visit(capitalised ? lower : stem(lower), capitalised && !NOT_NAMES.has(lower) && !startsSentence(text, start));
  });
}

/** "Taliban Must Earn Legitimacy, Blinken Says": capitals there are style, not names. */
function isTitleCase(title: string): boolean {
  let capitalised = 0;
  let total = 0;
  scanWords(title, (start, end) => {
    const lower = lowerWord(title, start, end);
    if (SEARCH_STOP_WORDS.has(lower) || DIGITS.test(lower)) return;
    total++;
    if (isUpper(title.charCodeAt(start))) capitalised++;
  });
  return total >= 3 && capitalised / total > 0.75;
}

/** A capital at the start of a sentence (or of a line, or after an opening quote there) says nothing about being a name. */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && OPENERS.includes(text.charAt(i - 1))) i--;
  if (i === 0 || text.charCodeAt(i - 1) === 10) return true;
  // Back over spaces, then closing quotes and brackets, to the mark that ends the sentence, if any.
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  while (j >= 0 && CLOSERS.includes(text.charAt(j))) j--;
  return j >= 0 && j < i - 1 && SENTENCE_ENDS.includes(text.charAt(j));
}

/**
 * Calls `visit` with the bounds of each word: letters and digits, with single inner apostrophes or hyphens
 * ("non-Taliban", "O'Brien"). A character scan: the regex it replaced allocated a match per word, and this
 * runs for every stored article.
 */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    // An apostrophe or hyphen between two word characters joins them.
    if ((code === 39 || code === 0x2019 || code === 45) && isWordCode(i + 1 < text.length ? text.charCodeAt(i + 1) : 32)) continue;
    visit(start, i);
    start = -1;
  }
}

/** How many words the text has, counting no further than `enough`. */
function countWords(text: string, enough: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < enough; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** The word lower-cased, without a possessive 's, with curly apostrophes made straight. */
function lowerWord(text: string, start: number, end: number): string {
  let stop = end;
  const before = text.charCodeAt(end - 2);
  if (end - start > 2 && (before === 39 || before === 0x2019) && (text.charCodeAt(end - 1) | 32) === 115) stop = end - 2;
  const lower = text.slice(start, stop).toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 letters and everything above the punctuation blocks (same classes as minhash.ts).
  return (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) || (code >= 0x2c00 && code < 0xd800) || code >= 0xf900;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

function raise(found: Map<string, number>, key: string, weight: number): void {
  if ((found.get(key) ?? 0) < weight) found.set(key, weight);
}
