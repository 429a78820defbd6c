import type { AnalysedDocument } from "../document.js";
import { AMBIGUOUS_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../abbreviations.js";
import {
  isApostropheCode,
  isDoubleQuoteCode,
  isLowerCode,
  isSpaceCode,
  isUpperCode,
  isWordCode,
} from "./char-class.js";

export const F_WORD = 1;
/** First character upper-case. */
export const F_CAP = 2;
/** Two or more letters, all upper-case (an acronym: NATO, CNN). */
export const F_UPPER = 4;
export const F_NUM = 8;
/** Followed by a possessive ’s (not part of the token) or a bare ’ after a final s. */
export const F_POSS = 16;
/** Ends with a period that belongs to it (Mr., U.S., J.). */
export const F_ABBR = 32;
/** First word of a sentence. */
export const F_SENT = 64;
/** First token of a paragraph. */
export const F_PARA = 128;
/** A double quotation mark. */
export const F_QUOTE = 256;
/** First character lower-case. */
export const F_LOWER = 512;

// US state abbreviations in AP style ("Sen. Ted Cruz (R-Tex.)"), on top of the lead's shared lists.
const STATE_ABBREVIATIONS = new Set(
  "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split(" "),
);

/**
 * The words and punctuation of a document as parallel arrays: one pass, no object per token. Words keep
 * initials and dotted abbreviations whole ("J.", "U.S.") and drop a possessive ’s into a flag, so that
 * "Merkel’s" is the name "Merkel" followed by a possessive.
 */
export interface WordTable {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  /** Lower-cased word, or the punctuation character itself. */
  lower: string[];
  /** Sentence number of each token (paragraph starts count as sentence starts). */
  sentence: Int32Array;
}

// One table reused for every document: typed arrays are costly to allocate and to collect, and the
// engine analyses one document at a time. A table is only valid until the next call.
const scratch: WordTable = {
  text: "",
  count: 0,
  start: new Int32Array(4096),
  end: new Int32Array(4096),
  flags: new Uint16Array(4096),
  lower: [],
  sentence: new Int32Array(4096),
};

/**
 * Builds the word table of a document into a shared scratch table: the result is valid until the next
 * call, so callers must finish with it (and copy out what they keep) before analysing another document.
 */
export function buildWordTable(doc: AnalysedDocument): WordTable {
  const text = doc.text;
  const table = scratch;
  table.text = text;
  table.count = 0;
  const marks = scratchMarks;
  marks.doc = doc;
  marks.paragraph = 0;
  marks.nextParagraphStart = doc.paragraphs[0]?.start ?? 0;
  marks.sentence = 0;
  marks.nextSentenceStart = doc.sentences[0]?.start ?? Number.MAX_SAFE_INTEGER;
  // The analysed document already holds every word, lower-cased: reuse them (no new strings) and add
  // the punctuation found between them.
  let pos = 0;
  for (const sentence of doc.sentences) {
    for (const token of sentence.tokens) {
      if (pos < token.start) addPunctuation(table, marks, pos, token.start);
      pos = addToken(table, marks, token.start, token.end, token.lower);
    }
  }
  addPunctuation(table, marks, pos, text.length);
  // Lookahead past the last token must see empty slots, not a previous document's tokens. The arrays keep
  // their size from document to document (reallocating them per document is what made large ones slow).
  const count = table.count;
  for (let k = 0; k < PADDING; k++) push(table, text.length, text.length, 0, "");
  table.count = count;
  marks.doc = null;
  return table;
}

// Empty entries after the last token: the farthest any scan looks past a token (an appositive) is shorter.
const PADDING = 32;

interface Marks {
  doc: AnalysedDocument | null;
  paragraph: number;
  nextParagraphStart: number;
  sentence: number;
  nextSentenceStart: number;
}

const scratchMarks: Marks = { doc: null, paragraph: 0, nextParagraphStart: 0, sentence: 0, nextSentenceStart: 0 };

/** Paragraph and sentence start flags for a token starting at `at`. */
function startFlags(marks: Marks, at: number): number {
  let flags = 0;
  if (at >= marks.nextParagraphStart) {
    flags |= F_PARA;
    const paragraphs = (marks.doc as AnalysedDocument).paragraphs;
    do marks.nextParagraphStart = paragraphs[++marks.paragraph]?.start ?? Number.MAX_SAFE_INTEGER;
    while (marks.nextParagraphStart <= at);
  }
  if (at >= marks.nextSentenceStart) {
    flags |= F_SENT;
    const sentences = (marks.doc as AnalysedDocument).sentences;
    do marks.nextSentenceStart = sentences[++marks.sentence]?.start ?? Number.MAX_SAFE_INTEGER;
    while (marks.nextSentenceStart <= at);
  }
  return flags;
}

// One string per punctuation character, so that the table allocates none (an array for the common codes).
const PUNCTUATION_CODES = 0x2100;
const PUNCTUATION: string[] = [];
const RARE_PUNCTUATION = new Map<number, string>();

function punctuation(c: number): string {
  if (c < PUNCTUATION_CODES) return (PUNCTUATION[c] ??= String.fromCharCode(c));
  let lower = RARE_PUNCTUATION.get(c);
  if (lower === undefined) {
    lower = String.fromCharCode(c);
    RARE_PUNCTUATION.set(c, lower);
  }
  return lower;
}

function addPunctuation(table: WordTable, marks: Marks, from: number, to: number): void {
  const text = table.text;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || isSpaceCode(c)) continue;
    // The bare ’ of a plural possessive ("Reynolds’ plan") marks the word before it.
    if (isApostropheCode(c) && table.count > 0 && text.charCodeAt(i - 1) === 115 && !isWordCode(text.charCodeAt(i + 1))) {
      const last = table.count - 1;
      if (table.end[last] === i) {
        table.flags[last] = (table.flags[last] ?? 0) | F_POSS;
        continue;
      }
    }
    push(table, i, i + 1, startFlags(marks, i) | (isDoubleQuoteCode(c) ? F_QUOTE : 0), punctuation(c));
  }
}

function addToken(table: WordTable, marks: Marks, start: number, end: number, tokenLower: string): number {
  const text = table.text;
  let e = end;
  let lower = tokenLower;
  let f = startFlags(marks, start) | F_WORD;
  // "Merkel’s" is the name "Merkel" and a possessive.
  const n = lower.length;
  if (n > 2 && lower.charCodeAt(n - 1) === 115 && isApostropheCode(lower.charCodeAt(n - 2))) {
    lower = lower.slice(0, -2);
    e -= 2;
    f |= F_POSS;
  }
  const first = text.charCodeAt(start);
  // ASCII first, the Unicode tests only for other letters.
  if (first >= 97 && first <= 122) f |= F_LOWER;
  else if (first >= 65 && first <= 90) f |= F_CAP;
  else if (first >= 48 && first <= 57) f |= F_NUM;
  else if (isUpperCode(first)) f |= F_CAP;
  else if (isLowerCode(first)) f |= F_LOWER;
  if ((f & F_CAP) !== 0 && e - start >= 2 && isAllUpper(text, start, e)) f |= F_UPPER;
  if (text.charCodeAt(e) === 46 && (f & F_POSS) === 0 && lower.charCodeAt(lower.length - 1) !== 46 && keepsPeriod(text, start, e, lower)) {
    e++;
    lower += ".";
    f |= F_ABBR;
  }
  push(table, start, e, f, lower);
  // Past the possessive ’s (not a token) or the abbreviation's period (part of the token).
  return end > e ? end : e;
}

function isAllUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128 && isLowerCode(c)) return false;
  }
  return true;
}

function keepsPeriod(text: string, start: number, end: number, lower: string): boolean {
  if (end - start === 1) return isUpperCode(text.charCodeAt(start));
  if (lower.includes(".")) return true;
  return (
    TITLE_ABBREVIATIONS.has(lower) ||
    NUMBER_ABBREVIATIONS.has(lower) ||
    AMBIGUOUS_ABBREVIATIONS.has(lower) ||
    STATE_ABBREVIATIONS.has(lower)
  );
}

function push(table: WordTable, start: number, end: number, flags: number, lower: string): void {
  if (table.count === table.start.length) grow(table);
  const k = table.count++;
  const previous = k > 0 ? (table.sentence[k - 1] as number) : -1;
  table.sentence[k] = (flags & (F_SENT | F_PARA)) !== 0 || k === 0 ? previous + 1 : previous;
  table.start[k] = start;
  table.end[k] = end;
  table.flags[k] = flags;
  table.lower[k] = lower;
}

function grow(table: WordTable): void {
  const size = table.start.length * 2;
  const start = new Int32Array(size);
  start.set(table.start);
  const end = new Int32Array(size);
  end.set(table.end);
  const flags = new Uint16Array(size);
  flags.set(table.flags);
  const sentence = new Int32Array(size);
  sentence.set(table.sentence);
  table.start = start;
  table.end = end;
  table.flags = flags;
  table.sentence = sentence;
}

/** Index of the first token whose start is >= `offset` (binary search). */
export function tokenAt(table: WordTable, offset: number): number {
  let lo = 0;
  let hi = table.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((table.start[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
