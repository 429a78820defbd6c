import type { Sentence } from "../nlp/document.js";
import { isApostropheCode, isDoubleQuoteCode } from "../nlp/entities/char-class.js";
import { doubleMarkDirection, singleMarkRole } from "../quotes/mark-direction.js";
import { SEPARATE_ARRAYS, type TypedArena } from "./typed-arena.js";

// Quotes get their own section in a briefing, so the summarizer prefers sentences that are not mostly a
// quote, and never shows one that starts or ends inside a quotation ('Any support - will have to be
// earned," Blinken told...' shows a stray mark and half a quote). This is a cheap scan from mark to mark,
// not the attribution of src/quotes, but it reads each mark the way the quote finder does, so the two agree
// on what a quotation mark is (curly or straight; "don't", "Blinken’s", "the ’90s" are apostrophes).

// An unclosed quote stops carrying over after this many sentences: a stray mark must not make a whole
// one-paragraph article (CNN/DM text has no breaks) look quoted.
const MAX_CARRIED_SENTENCES = 3;

// Every character that isDoubleQuoteCode or isApostropheCode accepts: a regex jumps from mark to mark far
// faster than a loop over every character.
const MARK = /["'`«»ʼ‘’“”„‟]/g;

const OUTSIDE = 0;
const IN_DOUBLE = 1;
const IN_SINGLE = 2;

/** Where each sentence stands against the quotations of its paragraph. */
export interface QuoteProfile {
  /** Share of the sentence's characters inside quotation marks (0..1). */
  share: Float64Array;
  /**
   * 1 when the sentence begins inside a quotation opened by an earlier sentence of its paragraph, or ends
   * inside one it leaves open: shown alone, it would carry a stray mark and a fragment of a quote.
   */
  straddles: Uint8Array;
}

/** The first non-space character of `text` opens a quotation (a quote re-opened after a break). */
function opensWithMark(text: string): boolean {
  const c = text.charCodeAt(0);
  if (isDoubleQuoteCode(c)) return doubleMarkDirection(text, 0, 0, text.length) !== "close";
  return isApostropheCode(c) && singleMarkRole(text, 0, 0, text.length) === "open";
}

/**
 * Scans the sentences in document order, one state (outside, inside "...", inside '...') carried across the
 * sentences of a paragraph. Marks of the other kind inside a quotation are nested quotes and change nothing.
 */
export function quoteProfile(sentences: readonly Sentence[], arena: TypedArena = SEPARATE_ARRAYS): QuoteProfile {
  const share = arena.float64(sentences.length);
  const straddles = arena.uint8(sentences.length);
  let state = OUTSIDE;
  let carried = 0;
  let paragraph = -1;
  for (let s = 0; s < sentences.length; s++) {
    const { text, paragraph: p } = sentences[s] as Sentence;
    // News style re-opens a quote in each paragraph it spans, so a paragraph break resets the state; so does
    // a sentence that re-opens the quote itself ('... he said. "We will return," he added.').
    if (p !== paragraph || carried >= MAX_CARRIED_SENTENCES || (state !== OUTSIDE && opensWithMark(text))) {
      state = OUTSIDE;
    }
    paragraph = p;
    carried = state === OUTSIDE ? 0 : carried + 1;
    const startsInside = state !== OUTSIDE;
    let inside = 0;
    let openedAt = 0;
    MARK.lastIndex = 0;
    for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
      const i = m.index;
      const double = isDoubleQuoteCode(text.charCodeAt(i));
      if (state === OUTSIDE) {
        const opens = double
          ? doubleMarkDirection(text, i, 0, text.length) !== "close"
          : singleMarkRole(text, i, 0, text.length) === "open";
        if (!opens) continue;
        state = double ? IN_DOUBLE : IN_SINGLE;
        openedAt = i + 1;
      } else if (double ? state === IN_DOUBLE : state === IN_SINGLE) {
        const closes = double
          ? doubleMarkDirection(text, i, 0, text.length) !== "open"
          : singleMarkRole(text, i, 0, text.length).endsWith("close");
        if (!closes) continue;
        inside += i - openedAt;
        state = OUTSIDE;
      }
    }
    if (state !== OUTSIDE) inside += text.length - openedAt;
    share[s] = text.length === 0 ? 0 : inside / text.length;
    straddles[s] = startsInside || state !== OUTSIDE ? 1 : 0;
  }
  return { share, straddles };
}

/** For each sentence, the share of its characters inside quotation marks (0..1), in document order. */
export function quoteShares(sentences: readonly Sentence[]): Float64Array {
  return quoteProfile(sentences).share;
}
