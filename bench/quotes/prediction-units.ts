import type { AnalysedDocument, Span } from "../../src/nlp/document.js";
import type { Quote, Speaker } from "../../src/quotes/quote.js";

/** One scored unit: a quote as the PolNeAR gold counts it, with offsets in the record's original text. */
export interface PredictedQuote {
  quote: string;
  speaker: Speaker | null;
  start?: number;
  end?: number;
}

const QUOTE_MARK = /["“”„‟«»'‘’]/;

/**
 * PolNeAR's gold unit is one stretch between marks, joined only across paragraphs (AP style); a quote
 * interrupted by its attribution is two gold quotes. So a Quote is split where a piece was closed by a mark.
 */
export function predictionUnits(doc: AnalysedDocument, paragraphStarts: number[], quotes: Quote[]): PredictedQuote[] {
  const units: PredictedQuote[] = [];
  for (const quote of quotes) {
    let group: Span[] = [];
    const flush = () => {
      if (group.length > 0) units.push(unit(doc, paragraphStarts, group, quote.speaker));
      group = [];
    };
    for (const piece of quote.pieces) {
      group.push(piece);
      if (QUOTE_MARK.test(doc.text[piece.end] ?? "")) flush();
    }
    flush();
  }
  return units;
}

function unit(doc: AnalysedDocument, starts: number[], pieces: Span[], speaker: Speaker | null): PredictedQuote {
  const quote = pieces.map((p) => doc.text.slice(p.start, p.end)).join("\n\n");
  const first = pieces[0] as Span;
  const last = pieces[pieces.length - 1] as Span;
  const start = toRecordOffset(doc, starts, first.start);
  const end = toRecordOffset(doc, starts, last.end);
  return start === null || end === null ? { quote, speaker } : { quote, speaker, start, end };
}

/** Offset in the record's text, or null when the paragraph was not kept verbatim (the scorer then finds the text). */
function toRecordOffset(doc: AnalysedDocument, starts: number[], offset: number): number | null {
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.paragraphs[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const span = doc.paragraphs[lo - 1];
  const origin = starts[lo - 1];
  if (!span || origin === undefined || offset > span.end) return null;
  return origin + (offset - span.start);
}
