import type { AnalysedDocument } from "../../src/nlp/document.js";
import { analyse } from "../../src/nlp/analyse.js";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";

/** An analysed document from hand-written paragraphs (the title is not part of the text). */
export function makeDoc(paragraphs: string[], title = "Test article"): AnalysedDocument {
  return analyse({ id: "test", title, paragraphs });
}

/** The speaker's name of each quote found in hand-written paragraphs (null when nobody is credited). */
export function speakersOf(paragraphs: string[]): (string | null)[] {
  return extractQuotes(makeDoc(paragraphs)).map((q) => q.speaker?.name ?? null);
}

/** Each quote found in hand-written paragraphs, as its text and its speaker's name. */
export function quotesAndSpeakers(paragraphs: string[]): [string, string | null][] {
  return extractQuotes(makeDoc(paragraphs)).map((q) => [q.text, q.speaker?.name ?? null]);
}
