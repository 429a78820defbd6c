// Decides whether the first paragraph of an unstructured text is its headline.

/** Longer than this, a first paragraph is a lead sentence, not a headline. */
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
/** Closing quotes and brackets are looked past: `Blinken says legitimacy must be ’earned’`. */
const CLOSERS = new Set(["\"", "'", "’", "”", "»", "›", ")", "]", "*", "_"]);
/** A headline does not end a sentence or run on: a final full stop (any script), comma, colon or dash says "prose". */
const NOT_A_HEADLINE_END = new Set([".", ",", ";", ":", "-", "–", "—", "…", "。", "．", "、", "，"]);
const HAS_LETTER = /\p{L}/u;

/** True for a short line with a letter and no final full stop (or comma, colon, dash, ellipsis). */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text === "" || text.length > MAX_HEADLINE_CHARS || !HAS_LETTER.test(text)) return false;
  if (countWords(text) > MAX_HEADLINE_WORDS) return false;
  let end = text.length - 1;
  while (end > 0 && CLOSERS.has(text[end] as string)) end--;
  return !NOT_A_HEADLINE_END.has(text[end] as string);
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
