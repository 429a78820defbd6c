import type { Span } from "./document.js";
import {
  AMBIGUOUS_ABBREVIATIONS,
  FUSED_SENTENCE_OPENERS,
  NOT_AFTER_ARTICLE,
  NOT_BEFORE_OPENER,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from "./abbreviations.js";

// A candidate boundary: terminal punctuation, any closing quotes/brackets, then whitespace.
const CANDIDATE = /[.!?…]+["'”’)\]»]*(?=\s)/g;
// A sentence longer than this is cut at a space: text with no punctuation must still give readable units.
const MAX_SENTENCE_CHARS = 1_500;

/**
 * Splits `text[start, end)` into sentences (spans into `text`, trimmed). Linear in the length of the range.
 * Handles abbreviations (Mr., Sept. 8, U.S., Inc.), initials (John F. Kennedy), ellipses inside a sentence,
 * quotes that end a sentence (`...," he said.` stays whole; `...end." Next` splits after the mark), and
 * captions fused with the next sentence without a full stop (`...in court on Wednesday A judge has...`).
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  CANDIDATE.lastIndex = sentenceStart;
  for (let m = CANDIDATE.exec(text); m !== null && m.index < end; m = CANDIDATE.exec(text)) {
    const boundary = Math.min(m.index + m[0].length, end);
    if (boundary <= sentenceStart) continue;
    if (!endsSentence(text, m.index, m[0], boundary, end)) continue;
    pushSentence(text, sentenceStart, boundary, spans);
    sentenceStart = skipSpace(text, boundary, end);
  }
  if (sentenceStart < end) pushSentence(text, sentenceStart, end, spans);
  return spans;
}

function endsSentence(text: string, at: number, punctuation: string, boundary: number, end: number): boolean {
  const nextStart = skipSpace(text, boundary, end);
  if (nextStart >= end) return true;
  const next = text[nextStart] ?? "";
  // A lower-case continuation ("perspective... they", '"Stop!" she said') is never a new sentence.
  if (isLower(next)) return false;
  if (punctuation[0] !== "." || punctuation.startsWith("..")) return true;
  // Only a single period can belong to an abbreviation or an initial.
  if (/["'”’)\]»]/.test(punctuation)) return true;
  const word = wordBefore(text, at);
  if (word === "") return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && word[0] !== word[0]?.toLowerCase() && isDigit(next)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  const dotted = word.includes(".");
  if (dotted || AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    // "U.S." or "Inc." end a sentence only when a typical sentence opener follows.
    return SENTENCE_STARTERS.has(nextWord(text, nextStart, end).toLowerCase()) || !/\p{L}/u.test(next);
  }
  return true;
}

/** The word right before a period at `at`, including inner periods ("U.S" for "U.S."). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, at);
}

function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && /[\p{L}]/u.test(text[i] ?? "")) i++;
  return text.slice(from, i);
}

// A run-on: a caption or heading fused with the next sentence because the source put no full stop between
// them ("...denied four counts of sexual assault A senior doctor facing..."), as DailyMail text has after
// every image. Split where a lower-case word (or a digit, or ")") is followed by a capitalised typical
// sentence opener and a lower-case word, unless that word cannot end a sentence ("ask for His mercy"). Only in a long sentence and between two pieces of some length, so
// that "grade A students" or a title ("the It girl") inside a normal sentence stays whole.
// The match is the space itself, and the cheap test (a capital opener follows) comes first: written to start at
// the letter before the space, the same pattern ran its look-behind at every lower-case letter and took about
// 3% of the whole engine's time.
const RUN_ON = new RegExp(
  ` (?=(?:${[...FUSED_SENTENCE_OPENERS].join("|")}) [a-z]|A (?!(?:${[...NOT_AFTER_ARTICLE].join("|")})\\b)[a-z])(?<=[a-z0-9)] )(?<!\\b(?:${[...NOT_BEFORE_OPENER].join("|")}) )`,
  "g",
);
const RUN_ON_MIN_CHARS = 120;
const RUN_ON_MIN_PIECE = 25;

function pushSentence(text: string, start: number, end: number, spans: Span[]): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - start < RUN_ON_MIN_CHARS) {
    pushPiece(text, start, e, spans);
    return;
  }
  // Searched in a copy of the sentence, so the regex never scans past it: linear in the text however long.
  const sentence = text.slice(start, e);
  let pieceStart = 0;
  RUN_ON.lastIndex = RUN_ON_MIN_PIECE + 1;
  for (let m = RUN_ON.exec(sentence); m !== null && m.index <= sentence.length - RUN_ON_MIN_PIECE; m = RUN_ON.exec(sentence)) {
    if (m.index - pieceStart < RUN_ON_MIN_PIECE) continue;
    pushPiece(text, start + pieceStart, start + m.index, spans);
    pieceStart = m.index + 1;
  }
  pushPiece(text, start + pieceStart, e, spans);
}

function pushPiece(text: string, start: number, e: number, spans: Span[]): void {
  for (let s = start; s < e; ) {
    let cut = e;
    if (e - s > MAX_SENTENCE_CHARS) {
      cut = text.lastIndexOf(" ", s + MAX_SENTENCE_CHARS);
      if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    }
    spans.push({ start: s, end: cut });
    s = skipSpace(text, cut, e);
  }
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 0x2028 || code === 0x2029;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}
