import type { AnalysedDocument } from "../nlp/document.js";
import { F_SENT, tokenAt, type WordTable } from "../nlp/entities/word-table.js";
import type { QuotedStretch } from "./quoted-stretches.js";

/** A quoted stretch located in the word table. */
export interface StretchTokens {
  stretch: QuotedStretch;
  /** Token of the opening mark. */
  open: number;
  /** Token of the closing mark; for an unclosed quote, the first token after its paragraph. */
  close: number;
  /** Paragraph of the last piece. */
  lastParagraph: number;
}

/** Token range [first, last]; empty when first > last. */
export interface Zone {
  first: number;
  last: number;
}

export function paragraphFirstTokens(doc: AnalysedDocument, t: WordTable): Int32Array {
  const out = new Int32Array(doc.paragraphs.length + 1);
  doc.paragraphs.forEach((span, p) => {
    out[p] = tokenAt(t, span.start);
  });
  out[doc.paragraphs.length] = t.count;
  return out;
}

/** Locates each stretch's marks and marks every quoted token in `quoted`. */
export function locateStretches(doc: AnalysedDocument, t: WordTable, stretches: QuotedStretch[], quoted: Uint8Array): StretchTokens[] {
  return stretches.map((stretch) => {
    const first = stretch.pieces[0];
    const last = stretch.pieces[stretch.pieces.length - 1];
    let lastParagraph = stretch.paragraph;
    for (const piece of stretch.pieces) {
      const from = tokenAt(t, piece.start);
      const to = tokenAt(t, piece.end);
      quoted.fill(1, from, to);
      while (lastParagraph + 1 < doc.paragraphs.length && (doc.paragraphs[lastParagraph + 1]?.start ?? Infinity) <= piece.start) lastParagraph++;
    }
    const open = Math.max(0, tokenAt(t, first?.start ?? 0) - 1);
    const close = tokenAt(t, last?.end ?? 0);
    return { stretch, open, close, lastParagraph };
  });
}

/**
 * Words after a quote that may attribute it: up to the next quote, the paragraph's end or the end of the
 * sentence after it (a quote ending in a period may still be attributed: "...win." Trump said.).
 */
export function zoneAfter(t: WordTable, st: StretchTokens, nextOpen: number, paragraphEnd: number): Zone {
  if (!st.stretch.closed) return { first: 0, last: -1 };
  const first = st.close + 1;
  const limit = Math.min(nextOpen, paragraphEnd) - 1;
  let last = first;
  while (last + 1 <= limit && ((t.flags[last + 1] ?? 0) & F_SENT) === 0) last++;
  return { first, last: Math.min(last, limit) };
}

/** Words before a quote in its sentence, after any earlier quote. */
export function zoneBefore(t: WordTable, st: StretchTokens, prevClose: number, paragraphStart: number): Zone {
  const last = st.open - 1;
  const floor = Math.max(prevClose + 1, paragraphStart);
  if (((t.flags[st.open] ?? 0) & F_SENT) !== 0) return { first: st.open, last };
  let first = last;
  while (first > floor && ((t.flags[first] ?? 0) & F_SENT) === 0) first--;
  return { first: Math.max(first, floor), last };
}
