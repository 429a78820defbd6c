import { randomBytes } from "node:crypto";
import { stem as porter2 } from "porter2";
import type { Word } from "./document.js";

// The tokenizer's memory of every word form it has seen: the form as matched in the text (the key) and
// what a token needs of it. News vocabulary repeats heavily, so most tokens cost a hash over their
// characters and one probe: no string is made, no lower-casing, no stemming, no Map hashing of a fresh
// string. Keys and records live in typed arrays, numbered in order of first sight (frequent words come
// first, so theirs sit together and stay in the CPU caches), and the characters come from a UTF-16 copy
// of the text (char-codes.ts): a typed array load, where `charCodeAt` dispatches on the string's
// representation for every character.

/** Shape bit: the first character is upper case (ASCII A-Z, or a letter that lower-casing changes). */
export const SHAPE_CAPITALISED = 1;
/** Shape bit: the first character is an ASCII digit. */
export const SHAPE_DIGIT = 2;

// A form's record is a pure function of its characters, so clearing the lexicon never changes a result.
// It is cleared only between documents (see `startDocument`), so stem numbers hold for a whole document.
const WORD_LIMIT = 100_000;
// SlicedString::kMinLength: shorter substrings are copies, longer ones keep their whole parent alive.
const SLICE_MIN_LENGTH = 13;
const INITIAL_SLOTS = 1 << 16;
const INITIAL_WORDS = 1 << 12;

// FNV-1a from a seed drawn per process: the table's layout (never its results: words are numbered in order
// of first sight) then cannot be predicted, so a text made of colliding words cannot make lookups slow.
const HASH_SEED = randomBytes(4).readInt32LE(0);

// A hash slot holds what a probe compares: the hash, the word number + 1 (0: empty), where its key starts
// in `keys` and the key's length. A word's record holds what a token needs: its stem number, and its text
// length times 4 plus its shape bits.
const SLOT = 4;
const RECORD = 2;

let slots = new Int32Array(INITIAL_SLOTS * SLOT);
let mask = INITIAL_SLOTS - 1;
let records = new Int32Array(INITIAL_WORDS * RECORD);
let keys = new Uint16Array(INITIAL_WORDS * 8);
let keysUsed = 0;
let words: Word[] = [];
let stemNumbers = new Map<string, number>();
let stems: string[] = [];
// A small direct-mapped copy of recently used slots, small enough for the second-level cache: the few
// thousand words that make most of news text are found there without touching the big table.
const RECENT_SLOTS = 8192;
const RECENT_MASK = RECENT_SLOTS - 1;
let recentSlots = new Int32Array(RECENT_SLOTS * SLOT);

/**
 * Marks a document boundary: the only point where a full lexicon is cleared, so that word and stem
 * numbers hold for the whole of a document.
 */
export function startDocument(): void {
  if (words.length < WORD_LIMIT) return;
  slots = new Int32Array(INITIAL_SLOTS * SLOT);
  mask = INITIAL_SLOTS - 1;
  records = new Int32Array(INITIAL_WORDS * RECORD);
  keys = new Uint16Array(INITIAL_WORDS * 8);
  keysUsed = 0;
  words = [];
  stemNumbers = new Map();
  stems = [];
  recentSlots = new Int32Array(RECENT_SLOTS * SLOT);
}

/** The word's text, lower case and stem (an object shared by every token written alike). */
export const wordOf = (word: number): Word => words[word] as Word;
/** A number for the word's stem, the same for all the words of one stem until the lexicon is cleared. */
export const wordStemNumber = (word: number): number => records[word * RECORD] as number;
/** Length of the word's text (its key without a sentence's final period). */
export const wordLength = (word: number): number => (records[word * RECORD + 1] as number) >> 2;
export const wordShape = (word: number): number => (records[word * RECORD + 1] as number) & 3;
export const stemOfNumber = (number: number): string => stems[number] as string;

/**
 * The number of the form `text[start, end)` (a match of the tokenizer's word pattern), added on first
 * sight. `codes` holds the UTF-16 code units of `text` (at least up to `end`).
 */
export function lookUpWord(text: string, codes: Uint16Array, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (codes[i] as number), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  hash ^= hash >>> 12;
  const length = end - start;
  const recent = (hash & RECENT_MASK) * SLOT;
  if (recentSlots[recent] === hash && recentSlots[recent + 3] === length && sameKey(codes, start, recentSlots[recent + 2] as number, length)) {
    return (recentSlots[recent + 1] as number) - 1;
  }
  let slot = (hash & mask) * SLOT;
  for (let entry = slots[slot + 1] as number; entry !== 0; entry = slots[slot + 1] as number) {
    if (slots[slot] === hash && slots[slot + 3] === length && sameKey(codes, start, slots[slot + 2] as number, length)) {
      remember(recent, slot);
      return entry - 1;
    }
    slot = (slot + SLOT) & (mask * SLOT + SLOT - 1);
  }
  const word = addWord(text.slice(start, end), codes, start);
  slots[slot] = hash;
  slots[slot + 1] = word + 1;
  slots[slot + 2] = keysUsed - length;
  slots[slot + 3] = length;
  remember(recent, slot);
  if (words.length * 2 > mask) rehash();
  return word;
}

function remember(recent: number, slot: number): void {
  recentSlots[recent] = slots[slot] as number;
  recentSlots[recent + 1] = slots[slot + 1] as number;
  recentSlots[recent + 2] = slots[slot + 2] as number;
  recentSlots[recent + 3] = slots[slot + 3] as number;
}

function sameKey(codes: Uint16Array, start: number, keyStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (codes[start + i] !== keys[keyStart + i]) return false;
  return true;
}

function addWord(sliced: string, codes: Uint16Array, start: number): number {
  // A copy, not a slice of the document: the lexicon outlives it.
  const key = sliced.length < SLICE_MIN_LENGTH ? sliced : (" " + sliced).slice(1);
  let text = key;
  if (text.endsWith(".") && !isDottedAbbreviation(text)) text = text.slice(0, -1);
  const lower = text.toLowerCase();
  // Possessive 's is part of the name, not of the stem: "Pakistan's" should match "Pakistan".
  const base = lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower;
  const stemmed = stem(base.includes("’") ? base.replace(/’/g, "'") : base);
  let stemNumber = stemNumbers.get(stemmed);
  if (stemNumber === undefined) {
    stemNumber = stems.length;
    stemNumbers.set(stemmed, stemNumber);
    stems.push(stemmed);
  }
  const word = words.length;
  words.push({ text, lower: lower === text ? text : lower, stem: stemmed });
  if ((word + 1) * RECORD > records.length) records = grown(records, (word + 1) * RECORD);
  records[word * RECORD] = stemNumber;
  records[word * RECORD + 1] = text.length * 4 + shapeOf(text);
  if (keysUsed + key.length > keys.length) keys = grown(keys, keysUsed + key.length);
  keys.set(codes.subarray(start, start + key.length), keysUsed);
  keysUsed += key.length;
  return word;
}

/** A copy of `array` with room for at least `needed` elements (doubling). */
function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const bigger = (array instanceof Int32Array ? new Int32Array(size) : new Uint16Array(size)) as T;
  bigger.set(array);
  return bigger;
}

/** The SHAPE_ bits of a word. */
export function shapeOf(word: string): number {
  const c = word.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : word[0] !== word[0]?.toLowerCase();
  return (upper ? SHAPE_CAPITALISED : 0) | (c >= 48 && c <= 57 ? SHAPE_DIGIT : 0);
}

function rehash(): void {
  const old = slots;
  mask = mask * 2 + 1;
  slots = new Int32Array((mask + 1) * SLOT);
  for (let from = 0; from < old.length; from += SLOT) {
    if (old[from + 1] === 0) continue;
    let slot = ((old[from] as number) & mask) * SLOT;
    while (slots[slot + 1] !== 0) slot = (slot + SLOT) & (mask * SLOT + SLOT - 1);
    slots.set(old.subarray(from, from + SLOT), slot);
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
