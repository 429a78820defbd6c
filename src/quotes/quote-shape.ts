import { isDigitCode, isLowerCode, isSpaceCode, isUpperCode, isWordCode } from "../nlp/entities/char-class.js";
import type { Span } from "../nlp/document.js";

// Small words that stay lower-case in a title ("Meet the Press", "Fox & Friends").
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "&", "vs", "vs.", "from"]);
const MAX_SCARE_WORDS = 4;
const SMALL_WORDS = [...TITLE_SMALL_WORDS];

/** `TITLE_SMALL_WORDS.has(text.slice(start, end).toLowerCase())`, without making the string. */
function isTitleSmallWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  for (const word of SMALL_WORDS) {
    if (word.length !== length) continue;
    let i = 0;
    while (i < length && lowerCode(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
    if (i === length) return true;
  }
  return false;
}

/** Lower case of an ASCII letter; other characters map to a code no small word holds. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : -1;
}
const MAX_TITLE_WORDS = 8;

/** Word count and shape of the quoted text, computed in one pass. */
export interface QuoteShape {
  /** Words, counted up to MAX_TITLE_WORDS + 1: every use compares it with a smaller number. */
  words: number;
  /** Every word of a short text starts with a capital (small words aside): a title or a name. */
  titleCase: boolean;
  /** No real word at all: numbers, @handles, dates (embedded tweet markup). */
  noWords: boolean;
  startsLower: boolean;
}

export function shapeOf(text: string, pieces: Span[]): QuoteShape {
  let words = 0;
  let capitalised = 0;
  let small = 0;
  let letterWords = 0;
  let startsLower = false;
  for (const piece of pieces) {
    let i = piece.start;
    // Past MAX_TITLE_WORDS words with a letter among them the shape is settled: long quotes stop early.
    while (i < piece.end && (words <= MAX_TITLE_WORDS || letterWords === 0)) {
      while (i < piece.end && isSpaceCode(text.charCodeAt(i))) i++;
      if (i >= piece.end) break;
      const wordStart = i;
      while (i < piece.end && !isSpaceCode(text.charCodeAt(i))) i++;
      words++;
      let k = wordStart;
      while (k < i && !isWordCode(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (words === 1) startsLower = isLowerCode(c);
      if (text.charCodeAt(wordStart) === 64 || isDigitCode(c) || k >= i) continue;
      letterWords++;
      if (isUpperCode(c)) capitalised++;
      else if (i - k <= 4 && isTitleSmallWord(text, k, i)) small++;
    }
  }
  return {
    words: Math.min(words, MAX_TITLE_WORDS + 1),
    titleCase: words <= MAX_TITLE_WORDS && capitalised > 0 && capitalised + small === letterWords && letterWords > 1,
    noWords: letterWords === 0,
    startsLower,
  };
}

/** Quoted text with no speaker and no cue that is a scare quote, a title, a name or markup, not speech. */
export function looksUnspoken(shape: QuoteShape): boolean {
  return shape.noWords || shape.words <= MAX_SCARE_WORDS || shape.titleCase;
}

/** A short title-case quote is a title when a possessive, article or preposition leads to it (CNN’s “State of the Union”). */
export function isTitle(shape: QuoteShape, before: string, beforeIsPossessive: boolean): boolean {
  return shape.titleCase && shape.words <= MAX_TITLE_WORDS && (beforeIsPossessive || TITLE_LEADS.has(before));
}

const TITLE_LEADS = new Set(
  `the a an his her their its our my your this that on in at of from to for with by via about during called titled entitled dubbed named
nicknamed headlined so-called slogan hashtag`.split(/\s+/),
);
