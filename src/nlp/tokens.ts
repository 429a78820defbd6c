import { charCodes } from "./char-codes.js";
import type { Token, Word } from "./document.js";
import { lookUpWord, startDocument, wordLength, wordOf } from "./word-lexicon.js";

export { stem } from "./word-lexicon.js";

// A word is letters and digits, with inner apostrophes, hyphens, periods (U.S.), ampersands (AT&T) kept
// inside one token: /W+(?:['’.&-]{1,2}W+)*\.?/ where W is ASCII alphanumerics plus the BMP letter blocks
// (Latin-1 letters through Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul) without the punctuation and
// symbol blocks (U+2000-U+2BFF). Tokenizing is the hottest loop of the engine, so the pattern is run by
// hand over a character table: no match objects, no substrings (see word-lexicon.ts).
const WORD = 1;
const JOINER = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x1fff],
  [0x2c00, 0x2dff], [0x3040, 0xd7ff], [0xf900, 0xfdcf], [0xfe70, 0xfeff],
] as const) CHAR_CLASS.fill(WORD, from, to + 1);
for (const joiner of "'’.&-") CHAR_CLASS[joiner.charCodeAt(0)] = JOINER;

const PERIOD = 46;

/**
 * End of the word that starts at `start` (a word character) in `codes[0, limit)`: greedy, as the pattern
 * above matches it. A joiner run counts only when a word character follows it.
 */
function wordEnd(codes: Uint16Array, start: number, limit: number): number {
  let i = start + 1;
  for (;;) {
    while (i < limit && CHAR_CLASS[codes[i] as number] === WORD) i++;
    if (i + 1 >= limit || CHAR_CLASS[codes[i] as number] !== JOINER) break;
    const next = CHAR_CLASS[codes[i + 1] as number];
    if (next === WORD) i += 2;
    else if (next === JOINER && i + 2 < limit && CHAR_CLASS[codes[i + 2] as number] === WORD) i += 3;
    else break;
  }
  return i < limit && codes[i] === PERIOD ? i + 1 : i;
}

/** Receives each word of a range: its number in the lexicon (word-lexicon.ts) and where it starts. */
export interface WordSink {
  add(word: number, start: number): void;
}

/**
 * Reports the words of `text[start, end)` to `sink`, in order, without making tokens. `codes` are the
 * text's code units (char-codes.ts). The caller owns the lexicon's document boundary (`startDocument`).
 */
export function scanWords(text: string, codes: Uint16Array, start: number, end: number, sink: WordSink): void {
  for (let i = start; i < end; ) {
    if (CHAR_CLASS[codes[i] as number] !== WORD) {
      i++;
      continue;
    }
    const matchEnd = wordEnd(codes, i, end);
    sink.add(lookUpWord(text, codes, i, matchEnd), i);
    i = matchEnd;
  }
}

/** Makes tokens, with spans shifted by `offset`. */
class TokenMaker implements WordSink {
  readonly tokens: Token[] = [];
  readonly words: number[] = [];

  constructor(private readonly offset: number) {}

  add(word: number, start: number): void {
    const { text, lower, stem }: Word = wordOf(word);
    // A trailing period is kept only on dotted abbreviations ("U.S."), not on a final word.
    const at = start + this.offset;
    this.tokens.push({ text, lower, stem, start: at, end: at + wordLength(word) });
    this.words.push(word);
  }
}

/** The tokens of `text` (see `tokenize`) and their lexicon numbers, inside the caller's document. */
export function tokenizeWithWords(text: string): { tokens: Token[]; words: number[] } {
  const maker = new TokenMaker(0);
  scanWords(text, charCodes(text), 0, text.length, maker);
  return maker;
}

/**
 * Splits text into word tokens. `offset` is added to every span, so tokens of a sentence index into the
 * document text. A trailing period is kept only on dotted abbreviations ("U.S."), not on a final word.
 */
export function tokenize(text: string, offset = 0): Token[] {
  startDocument();
  const maker = new TokenMaker(offset);
  scanWords(text, charCodes(text), 0, text.length, maker);
  return maker.tokens;
}

/** Stems of the words of a free-text query, for matching against `Token.stem`. */
export function queryStems(query: string): string[] {
  return tokenize(query).map((token) => token.stem);
}
