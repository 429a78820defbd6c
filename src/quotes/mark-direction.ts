import { isApostropheCode, isDoubleQuoteCode, isSpaceCode, isWordCode } from "../nlp/entities/char-class.js";

export type Direction = "open" | "close" | "either";

// Characters after which a mark opens ("(“", "—“", ": “") and before which it closes ("”,", "”)").
function opensAfter(c: number): boolean {
  return isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 ||
    c === 58 || c === 59 || isApostropheCode(c) || isDoubleQuoteCode(c);
}

function closesBefore(c: number): boolean {
  return isSpaceCode(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 ||
    c === 125 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026 || isApostropheCode(c) || isDoubleQuoteCode(c);
}

/**
 * Which way a double quotation mark at `i` faces, inside the paragraph [start, end). Curly marks say it
 * themselves unless the context clearly contradicts them (a “ glued to the end of a word closes); a straight
 * mark is judged by its neighbours and is "either" when they do not tell.
 */
export function doubleMarkDirection(text: string, i: number, start: number, end: number): Direction {
  const c = text.charCodeAt(i);
  const prev = i > start ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  const openContext = (prev === -1 || opensAfter(prev)) && next !== -1 && !isSpaceCode(next);
  const closeContext = prev !== -1 && !isSpaceCode(prev) && prev !== 40 && (next === -1 || closesBefore(next));
  if (c === 0x201c || c === 0x201e || c === 0x201f || c === 0xab) return closeContext && !openContext ? "close" : "open";
  if (c === 0x201d || c === 0xbb) return openContext && !closeContext ? "open" : "close";
  if (openContext && !closeContext) return "open";
  if (closeContext && !openContext) return "close";
  return "either";
}

// Words written with a leading apostrophe: 'em, ’tis, ’til, ’cause, rock ’n’ roll.
const ELISIONS = new Set(["em", "tis", "twas", "til", "cause", "n", "bout", "round", "nuff"]);

export type SingleRole = "apostrophe" | "open" | "close" | "weak-close";

/**
 * What a single mark (' ‘ ’) at `i` is: an apostrophe (don’t, O’Neill, the ’90s, rock ’n’ roll), a quote
 * opener, a closer, or a "weak" closer that may be a plural possessive ("the Smiths’ house").
 */
export function singleMarkRole(text: string, i: number, start: number, end: number): SingleRole {
  const prev = i > start ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  // Two apostrophes in a row ('') stand for a double quotation mark in some archives; they are not single quotes.
  if ((prev !== -1 && isApostropheCode(prev)) || (next !== -1 && isApostropheCode(next))) return "apostrophe";
  const prevWord = prev !== -1 && isWordCode(prev);
  const nextWord = next !== -1 && isWordCode(next);
  if (prevWord && nextWord) return "apostrophe";
  if (nextWord && (prev === -1 || opensAfter(prev))) {
    if (next >= 48 && next <= 57) return "apostrophe";
    let j = i + 1;
    while (j < end && isWordCode(text.charCodeAt(j))) j++;
    const word = text.slice(i + 1, j).toLowerCase();
    return ELISIONS.has(word) ? "apostrophe" : "open";
  }
  if (prev !== -1 && !isSpaceCode(prev) && (next === -1 || closesBefore(next))) {
    const possessive = (prev === 115 || prev === 83) && next !== -1 && isSpaceCode(next);
    return possessive ? "weak-close" : "close";
  }
  return "apostrophe";
}
