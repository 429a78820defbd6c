import type { SourceRef } from "../articles/article.js";
import type { Quote, SpeakerKind } from "../quotes/quote.js";

/** A person (or organisation) quoted in the briefing, with the role the article gives them. */
export interface QuotedSpeaker {
  name: string;
  role?: string;
  kind: SpeakerKind;
  /** How many of the briefing's quotes are theirs. */
  quotes: number;
}

/**
 * The platform-neutral briefing: everything a renderer needs, nothing platform-specific.
 * The same article and options always give the same briefing (no clock, no network).
 */
export interface Briefing {
  /** Version of the engine that built it; cached briefings are keyed by (article id, engine version). */
  engineVersion: string;
  articleId: string;
  headline: string;
  /** Where the story came from, first source first. */
  sources: SourceRef[];
  /** Summary sentences, verbatim from the article, in article order. */
  summary: string[];
  /** The most newsworthy few quotes, best first. */
  keyQuotes: Quote[];
  /** Every quote, in article order. */
  quotes: Quote[];
  /** Everyone quoted, in order of first quote. */
  speakers: QuotedSpeaker[];
  words: number;
  readingMinutes: number;
}

/** Bump when a change alters what the engine outputs for the same article. */
export const ENGINE_VERSION = "1";
