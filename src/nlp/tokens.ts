import type { Token } from "./document.js";
import { lookUpWord, startDocument, type WordForm } from "./word-lexicon.js";

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
 * End of the word that starts at `start` (a word character) in `text[0, limit)`: greedy, as the pattern
 * above matches it. A joiner run counts only when a word character follows it.
 */
function wordEnd(text: string, start: number, limit: number): number {
  let i = start + 1;
  for (;;) {
    while (i < limit && CHAR_CLASS[text.charCodeAt(i)] === WORD) i++;
    if (i + 1 >= limit || CHAR_CLASS[text.charCodeAt(i)] !== JOINER) break;
    const next = CHAR_CLASS[text.charCodeAt(i + 1)];
    if (next === WORD) i += 2;
    else if (next === JOINER && i + 2 < limit && CHAR_CLASS[text.charCodeAt(i + 2)] === WORD) i += 3;
    else break;
  }
  return i < limit && text.charCodeAt(i) === PERIOD ? i + 1 : i;
}

/** Receives the lexicon form (word-lexicon.ts) of each token, in order. */
export interface WordSink {
  add(form: WordForm): void;
}

/**
 * Appends the tokens of `text[start, end)` to `tokens` (spans index into `text`), and reports each one's
 * lexicon form to `sink`. The caller owns the lexicon's document boundary (`startDocument`).
 */
export function tokenizeRange(text: string, start: number, end: number, tokens: Token[], sink?: WordSink): void {
  for (let i = start; i < end; ) {
    if (CHAR_CLASS[text.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    const matchEnd = wordEnd(text, i, end);
    const form = lookUpWord(text, i, matchEnd);
    // A trailing period is kept only on dotted abbreviations ("U.S."), not on a final word.
    tokens.push({ text: form.text, lower: form.lower, stem: form.stem.stem, start: i, end: i + form.text.length });
    if (sink !== undefined) sink.add(form);
    i = matchEnd;
  }
}

/**
 * Splits text into word tokens. `offset` is added to every span, so tokens of a sentence index into the
 * document text. A trailing period is kept only on dotted abbreviations ("U.S."), not on a final word.
 */
export function tokenize(text: string, offset = 0): Token[] {
  startDocument();
  const tokens: Token[] = [];
  tokenizeRange(text, 0, text.length, tokens);
  if (offset !== 0) {
    for (const token of tokens) {
      token.start += offset;
      token.end += offset;
    }
  }
  return tokens;
}

/** Stems of the words of a free-text query, for matching against `Token.stem`. */
export function queryStems(query: string): string[] {
  return tokenize(query).map((token) => token.stem);
}
