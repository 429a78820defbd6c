// Character tests on UTF-16 code units, shared by the name scanner and the quote finder. Code-unit tests are
// several times faster than /\p{L}/u regexes, and both scanners run over every character of an article.

/** Letters and digits: ASCII alphanumerics plus the BMP letter blocks (same ranges as `nlp/tokens.ts`). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (
    (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x2c00 && c <= 0x2dff) ||
    (c >= 0x3040 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (!isWordCode(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (!isWordCode(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x2009;
}

/** Apostrophe-like marks: ' ’ ‘ ʼ and the prime-ish backtick. */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96;
}

/** Double quotation marks of any direction: " “ ” „ ‟ « ». */
export function isDoubleQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb;
}

/** Dashes that can introduce or interrupt an attribution: - – — ―. */
export function isDashCode(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}
