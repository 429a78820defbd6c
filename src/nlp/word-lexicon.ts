import { stem as porter2 } from "porter2";

// The tokenizer's memory of every word form it has seen: the raw form as matched in the text, and what a
// token needs of it (text, lower case, stem, a number for the stem, a shape). News vocabulary repeats
// heavily, so most tokens cost a scan, a hash over their characters and one probe: no string is made, no
// lower-casing, no stemming, no Map hashing of a fresh string. A token's strings are then shared between
// its uses, which also keeps a large document's heap (and the garbage collector's work) small.

/** Shape bit: the first character is upper case (ASCII A-Z, or a letter that lower-casing changes). */
export const SHAPE_CAPITALISED = 1;
/** Shape bit: the first character is an ASCII digit. */
export const SHAPE_DIGIT = 2;

/** One stem, shared by the word forms that have it. */
export interface StemEntry {
  readonly stem: string;
  /** Scratch for token-columns.ts: the document that last numbered this stem, and its number there. */
  stamp: number;
  local: number;
}

/** What the tokenizer keeps of one word form (a match of its word pattern, as written). */
export interface WordForm {
  /** The form as matched, the lookup key. */
  readonly key: string;
  /** The token's text: the key without a sentence's final period. */
  readonly text: string;
  readonly lower: string;
  readonly stem: StemEntry;
  /** SHAPE_ bits of the text. */
  readonly shape: number;
}

// A word form's entry is a pure function of its characters, so clearing the lexicon never changes a
// result. It is cleared only between documents (see `startDocument`), so that one document's tokens all
// share the same stem entries.
const WORD_LIMIT = 100_000;
// SlicedString::kMinLength: shorter substrings are copies, longer ones keep their whole parent alive.
const SLICE_MIN_LENGTH = 13;
const INITIAL_SLOTS = 1 << 16;

// Open addressing with linear probing: each slot holds a form and its hash. One probe usually reads the
// hash, the form and its key: everything a token needs sits in the form object.
let mask = INITIAL_SLOTS - 1;
let slots: Array<WordForm | null> = new Array<WordForm | null>(INITIAL_SLOTS).fill(null);
let slotHashes = new Int32Array(INITIAL_SLOTS);
let forms = 0;
let stemEntries = new Map<string, StemEntry>();

/**
 * Marks a document boundary: the only point where a full lexicon is cleared, so that all the tokens of a
 * document share stem entries.
 */
export function startDocument(): void {
  if (forms < WORD_LIMIT) return;
  mask = INITIAL_SLOTS - 1;
  slots = new Array<WordForm | null>(INITIAL_SLOTS).fill(null);
  slotHashes = new Int32Array(INITIAL_SLOTS);
  forms = 0;
  stemEntries = new Map();
}

/** The form `text[start, end)` (a match of the tokenizer's word pattern), added on first sight. */
export function lookUpWord(text: string, start: number, end: number): WordForm {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  const length = end - start;
  let slot = hash & mask;
  for (let form = slots[slot]; form !== null && form !== undefined; form = slots[slot]) {
    if (slotHashes[slot] === hash && form.key.length === length && sameChars(form.key, text, start)) return form;
    slot = (slot + 1) & mask;
  }
  const form = makeForm(text.slice(start, end));
  slots[slot] = form;
  slotHashes[slot] = hash;
  if (++forms * 2 > mask) rehash();
  return form;
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function makeForm(sliced: string): WordForm {
  // A copy, not a slice of the document: the lexicon outlives it.
  const key = sliced.length < SLICE_MIN_LENGTH ? sliced : (" " + sliced).slice(1);
  let text = key;
  if (text.endsWith(".") && !isDottedAbbreviation(text)) text = text.slice(0, -1);
  const lower = text.toLowerCase();
  // Possessive 's is part of the name, not of the stem: "Pakistan's" should match "Pakistan".
  const base = lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower;
  const stemmed = stem(base.includes("’") ? base.replace(/’/g, "'") : base);
  let entry = stemEntries.get(stemmed);
  if (entry === undefined) {
    entry = { stem: stemmed, stamp: 0, local: 0 };
    stemEntries.set(stemmed, entry);
  }
  return { key, text, lower: lower === text ? text : lower, stem: entry, shape: shapeOf(text) };
}

/** The SHAPE_ bits of a word. */
export function shapeOf(word: string): number {
  const c = word.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : word[0] !== word[0]?.toLowerCase();
  return (upper ? SHAPE_CAPITALISED : 0) | (c >= 48 && c <= 57 ? SHAPE_DIGIT : 0);
}

function rehash(): void {
  const oldSlots = slots;
  const oldHashes = slotHashes;
  mask = mask * 2 + 1;
  slots = new Array<WordForm | null>(mask + 1).fill(null);
  slotHashes = new Int32Array(mask + 1);
  for (let i = 0; i < oldSlots.length; i++) {
    const form = oldSlots[i];
    if (form === null || form === undefined) continue;
    const hash = oldHashes[i] as number;
    let slot = hash & mask;
    while (slots[slot] !== null) slot = (slot + 1) & mask;
    slots[slot] = form;
    slotHashes[slot] = hash;
  }
}

function isDottedAbbreviation(word: string): boolean {
  // "U.S." / "D.C." / "a.m.": letters separated by periods.
  return /^(?:\p{L}\.){2,}$/u.test(word);
}

// `stem` is also called on its own (search queries, story features), for words that never pass the lexicon.
// The cap keeps memory bounded on huge or adversarial inputs (it is simply cleared when full).
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** Porter2 (Snowball English) stem of a lower-cased word. */
export function stem(lower: string): string {
  let stemmed = stemCache.get(lower);
  if (stemmed === undefined) {
    stemmed = porter2(lower);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, stemmed);
  }
  return stemmed;
}
