import type { AnalysedDocument, Word } from "../document.js";
import {
  isApostropheCode,
  isDoubleQuoteCode,
  isLowerCode,
  isSpaceCode,
  isUpperCode,
  isWordCode,
} from "./char-class.js";
import { L_ABBREVIATION, lexiconBits, lexiconBitsInText, listedBits, MAX_ABBREVIATION_LENGTH } from "./lexicon.js";
import { listedBitsInText } from "./lexicon-table.js";

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
  /** Lexicon bits of each token (lexicon.ts), -1 until first asked for: use `wordBits`. */
  lex: Int32Array;
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
  lex: new Int32Array(4096),
};

// Empty entries after the last token: the farthest any scan looks past a token (an appositive) is shorter.
const PADDING = 32;

// The table being built. One object with fixed fields (not module `let`s, which cost a check on each use):
// this is the engine's hottest loop after the tokenizer. Valid during one `buildWordTable` call.
class Builder {
  text = "";
  count = 0;
  startOf = scratch.start;
  endOf = scratch.end;
  flagsOf = scratch.flags;
  sentenceOf = scratch.sentence;
  lowerOf = scratch.lower;
  sentenceNumber = -1;
  // Where the next paragraph and sentence start, to flag the first token of each.
  paragraphs: AnalysedDocument["paragraphs"] = [];
  sentences: AnalysedDocument["sentences"] = [];
  paragraphIndex = 0;
  nextParagraphStart = 0;
  sentenceIndex = 0;
  nextSentenceStart = 0;
}

const b = new Builder();
const formLowers: string[] = [];

/**
 * Builds the word table of a document into a shared scratch table: the result is valid until the next
 * call, so callers must finish with it (and copy out what they keep) before analysing another document.
 */
export function buildWordTable(doc: AnalysedDocument): WordTable {
  const text = doc.text;
  b.text = text;
  // News text runs about five characters per entry; `push` grows the arrays past this if needed.
  reserve(scratch, (text.length >> 2) + PADDING + 1);
  b.startOf = scratch.start;
  b.endOf = scratch.end;
  b.flagsOf = scratch.flags;
  b.sentenceOf = scratch.sentence;
  b.lowerOf = scratch.lower;
  b.count = 0;
  b.sentenceNumber = -1;
  b.paragraphs = doc.paragraphs;
  b.sentences = doc.sentences;
  b.paragraphIndex = 0;
  b.nextParagraphStart = doc.paragraphs[0]?.start ?? 0;
  b.sentenceIndex = 0;
  b.nextSentenceStart = doc.sentences[0]?.start ?? Number.MAX_SAFE_INTEGER;
  // The analysed document already holds every word, lower-cased: reuse them (no new strings) and add
  // the punctuation found between them. Its token columns spare making an object per token.
  let pos = 0;
  const columns = doc.columns;
  if (columns !== undefined) {
    // Each token's word form is forms[form[k]]: no array of forms per token is made.
    const { start, end, form, forms } = columns;
    const lowers = formLowers;
    for (let f = 0; f < forms.length; f++) lowers[f] = (forms[f] as Word).lower;
    for (let k = 0; k < start.length; k++) {
      const from = start[k] as number;
      // Most gaps between words are one space: nothing to add.
      if (pos < from && (from - pos !== 1 || text.charCodeAt(pos) !== 32)) addPunctuation(b, pos, from);
      pos = addToken(b, from, end[k] as number, lowers[form[k] as number] as string);
    }
  } else {
    for (const sentence of doc.sentences) {
      for (const token of sentence.tokens) {
        if (pos < token.start) addPunctuation(b, pos, token.start);
        pos = addToken(b, token.start, token.end, token.lower);
      }
    }
  }
  addPunctuation(b, pos, text.length);
  // Lookahead past the last token must see empty slots, not a previous document's tokens. The arrays keep
  // their size from document to document (reallocating them per document is what made large ones slow).
  const used = b.count;
  for (let k = 0; k < PADDING; k++) push(b, text.length, text.length, 0, "");
  const table = scratch;
  table.text = text;
  table.count = used;
  table.lex.fill(-1, 0, used);
  b.paragraphs = [];
  b.sentences = [];
  return table;
}

/** Paragraph and sentence start flags for a token starting at `at`. */
function startFlags(b: Builder, at: number): number {
  let flags = 0;
  if (at >= b.nextParagraphStart) {
    flags |= F_PARA;
    do b.nextParagraphStart = b.paragraphs[++b.paragraphIndex]?.start ?? Number.MAX_SAFE_INTEGER;
    while (b.nextParagraphStart <= at);
  }
  if (at >= b.nextSentenceStart) {
    flags |= F_SENT;
    do b.nextSentenceStart = b.sentences[++b.sentenceIndex]?.start ?? Number.MAX_SAFE_INTEGER;
    while (b.nextSentenceStart <= at);
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

function addPunctuation(b: Builder, from: number, to: number): void {
  const text = b.text;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || isSpaceCode(c)) continue;
    // The bare ’ of a plural possessive ("Reynolds’ plan") marks the word before it.
    const last = b.count - 1;
    if (isApostropheCode(c) && last >= 0 && text.charCodeAt(i - 1) === 115 && !isWordCode(text.charCodeAt(i + 1)) && b.endOf[last] === i) {
      b.flagsOf[last] = (b.flagsOf[last] as number) | F_POSS;
      continue;
    }
    push(b, i, i + 1, startFlags(b, i) | (isDoubleQuoteCode(c) ? F_QUOTE : 0), punctuation(c));
  }
}

function addToken(b: Builder, start: number, end: number, tokenLower: string): number {
  const text = b.text;
  const first = text.charCodeAt(start);
  const lastCode = text.charCodeAt(end - 1);
  // Most words: ASCII, no possessive ’s, no period after. Read from the text (the word's string is not
  // reached), and kept small so that it stays fast.
  const possessive = (lastCode === 115 || lastCode === 83) && end - start > 2 && isApostropheCode(text.charCodeAt(end - 2));
  if (!possessive && text.charCodeAt(end) !== 46) {
    let f = 0;
    if (first >= 97 && first <= 122) f = particleName(text, start, end) ? F_WORD | F_CAP : F_WORD | F_LOWER;
    else if (first >= 65 && first <= 90) f = end - start >= 2 && isAllUpper(text, start, end) ? F_WORD | F_CAP | F_UPPER : F_WORD | F_CAP;
    else if (first >= 48 && first <= 57) f = F_WORD | F_NUM;
    if (f !== 0) {
      const starts = start >= b.nextSentenceStart || start >= b.nextParagraphStart ? startFlags(b, start) : 0;
      push(b, start, end, starts | f, tokenLower);
      return end;
    }
  }
  return addOtherToken(b, start, end, tokenLower);
}

// "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name is part of the name, and capitalised as one.
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

function particleName(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 97 || c === 101) && end - start > 4 && text.charCodeAt(start + 2) !== 32 && PARTICLE_NAME.test(text.slice(start, Math.min(end, start + 5)));
}

function addOtherToken(b: Builder, start: number, end: number, tokenLower: string): number {
  const text = b.text;
  let e = end;
  let lower = tokenLower;
  let f = startFlags(b, start) | F_WORD;
  // "Merkel’s" is the name "Merkel" and a possessive. The document text is read where the lower case has
  // the same length (nearly always): its characters are quicker to reach than the shared word's.
  const n = lower.length;
  const sameLength = n === end - start;
  const lastCode = sameLength ? text.charCodeAt(end - 1) : lower.charCodeAt(n - 1);
  const s = lastCode === 83 && sameLength ? 115 : lastCode;
  if (n > 2 && s === 115 && isApostropheCode(sameLength ? text.charCodeAt(end - 2) : lower.charCodeAt(n - 2))) {
    lower = lower.slice(0, -2);
    e -= 2;
    f |= F_POSS;
  }
  const first = text.charCodeAt(start);
  // ASCII first, the Unicode tests only for other letters.
  if (first >= 97 && first <= 122) f |= particleName(text, start, e) ? F_CAP : F_LOWER;
  else if (first >= 65 && first <= 90) f |= F_CAP;
  else if (first >= 48 && first <= 57) f |= F_NUM;
  else if (isUpperCode(first)) f |= F_CAP;
  else if (isLowerCode(first)) f |= F_LOWER;
  if ((f & F_CAP) !== 0 && e - start >= 2 && isAllUpper(text, start, e)) f |= F_UPPER;
  if (text.charCodeAt(e) === 46 && (f & F_POSS) === 0 && (sameLength ? lastCode : lower.charCodeAt(n - 1)) !== 46 && keepsPeriod(text, start, e, lower)) {
    e++;
    lower += ".";
    f |= F_ABBR;
  }
  push(b, start, e, f, lower);
  // Past the possessive ’s (not a token) or the abbreviation's period (part of the token).
  return end > e ? end : e;
}

function push(b: Builder, start: number, end: number, flags: number, lower: string): void {
  const k = b.count++;
  if (k === b.startOf.length) grow(b);
  if ((flags & (F_SENT | F_PARA)) !== 0 || k === 0) b.sentenceNumber++;
  b.sentenceOf[k] = b.sentenceNumber;
  b.startOf[k] = start;
  b.endOf[k] = end;
  b.flagsOf[k] = flags;
  b.lowerOf[k] = lower;
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
  if (lower.length > MAX_ABBREVIATION_LENGTH) return false;
  const bits = lower.length === end - start ? listedBitsInText(text, start, end) : -1;
  return ((bits >= 0 ? bits : listedBits(lower)) & L_ABBREVIATION) !== 0;
}

/**
 * Token `k` is the punctuation `mark` (","): the flags say a word is none, so a word's string is not reached
 * (on a long article each string reached costs a cache miss).
 */
export function isMark(t: WordTable, k: number, mark: string): boolean {
  return ((t.flags[k] ?? 0) & F_WORD) === 0 && t.lower[k] === mark;
}

/** The lexicon bits (lexicon.ts) of token `k`, looked up once per token. */
export function wordBits(t: WordTable, k: number): number {
  if (k < 0 || k >= t.count) return 0;
  const bits = t.lex[k] as number;
  if (bits >= 0) return bits;
  // Punctuation is in no list; a word is read from the text (its string is not touched) when it can be.
  let looked = ((t.flags[k] as number) & F_WORD) === 0 ? 0 : lexiconBitsInText(t.text, t.start[k] as number, t.end[k] as number);
  if (looked < 0) looked = lexiconBits(t.lower[k] ?? "");
  t.lex[k] = looked;
  return looked;
}

/** Makes room for `size` entries before a build (the arrays only ever grow, and are reused). */
function reserve(table: WordTable, size: number): void {
  if (table.start.length >= size) return;
  const capacity = Math.max(size, table.start.length * 2);
  table.start = new Int32Array(capacity);
  table.end = new Int32Array(capacity);
  table.flags = new Uint16Array(capacity);
  table.sentence = new Int32Array(capacity);
  table.lex = new Int32Array(capacity);
}

/** Doubles the arrays during a build, keeping the entries made so far. */
function grow(b: Builder): void {
  const table = scratch;
  const capacity = table.start.length * 2;
  const widen = <T extends Int32Array | Uint16Array>(old: T, made: T): T => {
    made.set(old);
    return made;
  };
  table.start = b.startOf = widen(b.startOf, new Int32Array(capacity));
  table.end = b.endOf = widen(b.endOf, new Int32Array(capacity));
  table.flags = b.flagsOf = widen(b.flagsOf, new Uint16Array(capacity));
  table.sentence = b.sentenceOf = widen(b.sentenceOf, new Int32Array(capacity));
  table.lex = new Int32Array(capacity);
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
