import type { AnalysedDocument, Span } from "../nlp/document.js";
import { isDoubleQuoteCode, isSpaceCode } from "../nlp/entities/char-class.js";
import { doubleMarkDirection, singleMarkRole } from "./mark-direction.js";

/** Text between a pair of quotation marks, possibly continued over paragraphs (AP style). */
export interface QuotedStretch {
  /** Inner text of each paragraph's part, marks excluded, whitespace-trimmed. */
  pieces: Span[];
  /** Paragraph index of the first piece. */
  paragraph: number;
  /** False when the last piece ran to the end of its paragraph without a closing mark. */
  closed: boolean;
}

interface ScanState {
  depth: number;
  pieceStart: number;
  /** Pieces of a quote left open at the end of earlier paragraphs. */
  carried: Span[] | null;
  carriedParagraph: number;
}

/**
 * Finds every top-level quoted stretch in document order. Double quotation marks are the quote marks
 * unless the document uses single ones (British style) more often; marks of the other kind then sit inside.
 * One pass over the text, so unbalanced marks cost nothing: an unclosed quote ends with its paragraph
 * unless the next paragraph re-opens it.
 */
export function findQuotedStretches(doc: AnalysedDocument): QuotedStretch[] {
  const text = doc.text;
  const doubles: number[] = [];
  const singles: number[] = [];
  markPositions(text, doubles, singles);
  const single = usesSingleQuotes(text, singles, doubles.length);
  const marks = single ? singles : doubles;
  const out: QuotedStretch[] = [];
  const state: ScanState = { depth: 0, pieceStart: 0, carried: null, carriedParagraph: -1 };
  let cursor = 0;
  doc.paragraphs.forEach((span, paragraph) => {
    while (cursor < marks.length && (marks[cursor] ?? 0) < span.start) cursor++;
    let next = cursor;
    while (next < marks.length && (marks[next] ?? 0) < span.end) next++;
    const inParagraph: MarkRange = { marks, from: cursor, to: next };
    if (single) scanSingle(text, span, paragraph, inParagraph, state, out);
    else scanDouble(text, span, paragraph, inParagraph, state, out);
    cursor = next;
  });
  if (state.carried) emit(out, state.carried, state.carriedParagraph, false);
  return out;
}

/** The marks of one paragraph: `marks[from..to)`. */
interface MarkRange {
  marks: number[];
  from: number;
  to: number;
}

// A regex finds marks in native code, several times faster than a character loop in JS: one pass per
// document for both kinds.
const QUOTE_MARK = /["\u201c\u201d\u201e\u201f\u00ab\u00bb'`\u2018\u2019\u02bc]/g;

function markPositions(text: string, doubles: number[], singles: number[]): void {
  // `test` makes no match object (`exec` makes one per apostrophe); each match is one character, just before lastIndex.
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(text)) {
    const at = QUOTE_MARK.lastIndex - 1;
    if (isDoubleQuoteCode(text.charCodeAt(at))) doubles.push(at);
    else singles.push(at);
  }
}

function usesSingleQuotes(text: string, singles: number[], doubles: number): boolean {
  let opened = 0;
  for (const at of singles) {
    if (singleMarkRole(text, at, 0, text.length) === "open" && ++opened > doubles && opened >= 2) return true;
  }
  return false;
}

/** Continues a quote carried from the previous paragraph when this one re-opens it; returns where scanning starts. */
function resumeCarried(start: number, opens: boolean, state: ScanState, out: QuotedStretch[]): number {
  if (!state.carried) return start;
  if (opens) {
    state.depth = 1;
    state.pieceStart = start + 1;
    return start + 1;
  }
  emit(out, state.carried, state.carriedParagraph, false);
  state.carried = null;
  return start;
}

function scanDouble(text: string, span: Span, paragraph: number, range: MarkRange, state: ScanState, out: QuotedStretch[]): void {
  const start = skipSpace(text, span.start, span.end);
  const end = span.end;
  if (range.from === range.to && !state.carried) return;
  const opens = range.from < range.to && range.marks[range.from] === start && doubleMarkDirection(text, start, start, end) !== "close";
  const resumed = resumeCarried(start, opens, state, out) > start;
  let pieces: Span[] = state.carried ?? [];
  let first = state.carried ? state.carriedParagraph : paragraph;
  state.carried = null;
  for (let k = resumed ? range.from + 1 : range.from; k < range.to; k++) {
    const i = range.marks[k] ?? 0;
    const remaining = range.to - k - 1;
    const direction = doubleMarkDirection(text, i, start, end);
    if (state.depth === 0) {
      if (direction === "close") continue; // a stray closer
      state.depth = 1;
      state.pieceStart = i + 1;
      pieces = [];
      first = paragraph;
    } else if (direction === "close" || direction === "either") {
      if (--state.depth === 0) {
        pieces.push(trim(text, state.pieceStart, i));
        emit(out, pieces, first, true);
        pieces = [];
      }
    } else if (remaining >= state.depth + 1) {
      state.depth++; // a nested quote that closes before the outer one
    }
  }
  carryOver(text, end, first, pieces, state);
}

function scanSingle(text: string, span: Span, paragraph: number, range: MarkRange, state: ScanState, out: QuotedStretch[]): void {
  const start = skipSpace(text, span.start, span.end);
  const end = span.end;
  const opens = range.from < range.to && range.marks[range.from] === start && singleMarkRole(text, start, start, end) === "open";
  const resumed = resumeCarried(start, opens, state, out) > start;
  let pieces: Span[] = state.carried ?? [];
  let first = state.carried ? state.carriedParagraph : paragraph;
  state.carried = null;
  let nextStrongClose = -1;
  for (let k = resumed ? range.from + 1 : range.from; k < range.to; k++) {
    const i = range.marks[k] ?? 0;
    const role = singleMarkRole(text, i, start, end);
    if (state.depth === 0) {
      if (role !== "open") continue;
      state.depth = 1;
      state.pieceStart = i + 1;
      pieces = [];
      first = paragraph;
      continue;
    }
    if (role === "weak-close") {
      // "the Smiths’ house" inside a quote: a possessive when a real closer still follows.
      if (nextStrongClose < i) nextStrongClose = findStrongClose(text, range, k + 1, start, end);
      if (nextStrongClose < end) continue;
    } else if (role !== "close") continue;
    state.depth = 0;
    pieces.push(trim(text, state.pieceStart, i));
    emit(out, pieces, first, true);
    pieces = [];
  }
  // A single-quoted stretch left open mid-paragraph was most likely an apostrophe misread: keep only
  // quotes that began the paragraph (they may continue in the next one, AP style).
  if (state.depth > 0 && pieces.length === 0 && state.pieceStart !== start + 1) state.depth = 0;
  carryOver(text, end, first, pieces, state);
}

function findStrongClose(text: string, range: MarkRange, from: number, start: number, end: number): number {
  for (let k = from; k < range.to; k++) {
    const j = range.marks[k] ?? 0;
    if (singleMarkRole(text, j, start, end) === "close") return j;
  }
  return end;
}

function carryOver(text: string, end: number, first: number, pieces: Span[], state: ScanState): void {
  if (state.depth === 0) return;
  pieces.push(trim(text, state.pieceStart, end));
  state.carried = pieces;
  state.carriedParagraph = first;
  state.depth = 0;
}

function emit(out: QuotedStretch[], pieces: Span[], paragraph: number, closed: boolean): void {
  // Nearly every piece has words: copy the list only to drop an empty one.
  const kept = pieces.every((p) => p.end > p.start) ? pieces : pieces.filter((p) => p.end > p.start);
  if (kept.length > 0) out.push({ pieces: kept, paragraph, closed });
}

function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
