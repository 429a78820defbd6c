import type { Span } from "../nlp/document.js";

export type SpeakerKind = "person" | "organization" | "nominal";

/** Who said a quote, named as a reader would name them. */
export interface Speaker {
  /** The fullest name the article gives ("Antony Blinken", "a senior State Department official"). */
  name: string;
  /** The role the article gives ("U.S. Secretary of State"), when it gives one. */
  role?: string;
  kind: SpeakerKind;
}

/** A direct quotation, verbatim. */
export interface Quote {
  /** The quoted words without the outer marks; pieces of a joined quote are separated by one space. */
  text: string;
  /** The quoted ranges in the document text (several when interrupted by its attribution or over paragraphs). */
  pieces: Span[];
  /** Paragraph index of the first piece. */
  paragraph: number;
  /** How many paragraphs the quote spans. */
  paragraphs: number;
  /** True for a fragment quoted inside a sentence of paraphrase ("judged "by its actions""). */
  partial: boolean;
  speaker: Speaker | null;
  /** The attribution words that named the speaker ("told reporters", "tweeted"), when found. */
  cue?: string;
}
