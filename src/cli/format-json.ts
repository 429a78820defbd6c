import type { Briefing } from "../briefing/briefing.js";
import type { Quote } from "../quotes/quote.js";

/**
 * The documented, stable JSON shapes (docs/json-output.md). Built field by field rather than by
 * serialising internal objects, so an internal refactor cannot silently change what scripts read.
 */
export interface QuoteJson {
  text: string;
  speaker: { name: string; role: string | null; kind: string } | null;
  partial: boolean;
  paragraph: number;
  paragraphs: number;
  cue: string | null;
}

export function quoteToJson(quote: Quote): QuoteJson {
  return {
    text: quote.text,
    speaker: quote.speaker ? { name: quote.speaker.name, role: quote.speaker.role ?? null, kind: quote.speaker.kind } : null,
    partial: quote.partial,
    paragraph: quote.paragraph,
    paragraphs: quote.paragraphs,
    cue: quote.cue ?? null,
  };
}

export function briefingToJson(input: string, briefing: Briefing): Record<string, unknown> {
  return {
    input,
    headline: briefing.headline,
    sources: briefing.sources.map((s) => ({ name: s.name, url: s.url ?? null, published: s.published ?? null })),
    summary: briefing.summary,
    keyQuotes: briefing.keyQuotes.map(quoteToJson),
    quotes: briefing.quotes.map(quoteToJson),
    speakers: briefing.speakers.map((s) => ({ name: s.name, role: s.role ?? null, kind: s.kind, quotes: s.quotes })),
    words: briefing.words,
    readingMinutes: briefing.readingMinutes,
    articleId: briefing.articleId,
    engineVersion: briefing.engineVersion,
  };
}

export function quotesToJson(input: string, headline: string, quotes: readonly Quote[]): Record<string, unknown> {
  return { input, headline, quotes: quotes.map(quoteToJson) };
}
