import { stem as porter2 } from "porter2";
import type { Token } from "./document.js";

// Letters and digits, with inner apostrophes, hyphens, periods (U.S.), ampersands (AT&T) kept inside one token.
// Word characters are ASCII alphanumerics plus the BMP letter blocks (Latin-1 letters through Greek, Cyrillic,
// Hebrew, Arabic, Indic, CJK, Hangul) without the punctuation and symbol blocks (U+2000-U+2BFF). This is 3-4x
// faster than a /u regex with \p{L}, and tokenizing is the hottest loop of the engine.
const WORD_CHAR = "A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDCF\uFE70-\uFEFF";
const WORD = new RegExp(`[${WORD_CHAR}]+(?:['’.&-]{1,2}[${WORD_CHAR}]+)*\\.?`, "g");

// Stemming is the hot loop of analysis; news vocabulary repeats heavily, so a cache turns most calls into a
// Map lookup. The cap keeps memory bounded on huge or adversarial inputs (it is simply cleared when full).
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

/**
 * Splits text into word tokens. `offset` is added to every span, so tokens of a sentence index into the
 * document text. A trailing period is kept only on dotted abbreviations ("U.S."), not on a final word.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    if (word.endsWith(".") && !isDottedAbbreviation(word)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    // Possessive 's is part of the name, not of the stem: "Pakistan's" should match "Pakistan".
    const base = lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower;
    tokens.push({ text: word, lower, stem: stem(base.includes("’") ? base.replace(/’/g, "'") : base), start: offset + m.index, end: offset + m.index + word.length });
  }
  return tokens;
}

/** Stems of the words of a free-text query, for matching against `Token.stem`. */
export function queryStems(query: string): string[] {
  return tokenize(query).map((token) => token.stem);
}

function isDottedAbbreviation(word: string): boolean {
  // "U.S." / "D.C." / "a.m.": letters separated by periods.
  return /^(?:\p{L}\.){2,}$/u.test(word);
}
