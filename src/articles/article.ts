/** Where an article came from, as shown under a briefing. */
export interface SourceRef {
  /** Publisher or feed name ("Reuters"); derived from the URL's host when nothing better is known. */
  name: string;
  url?: string;
  /** ISO 8601 date or date-time, when the source gives one. */
  published?: string;
}

/**
 * One article, normalised: the headline once, clean paragraphs, the original characters kept
 * (curly quotes and dashes are never rewritten, so every quote we show is verbatim).
 */
export interface Article {
  /** Stable id: a short hash of the normalised title and paragraphs. */
  id: string;
  /** The headline, "" when the input has none. */
  title: string;
  /** Body paragraphs, in order, without the headline. */
  paragraphs: string[];
  source?: SourceRef;
  byline?: string;
  /** True when the input was over the size cap and only its first part (cut at a paragraph) was kept. */
  truncated?: boolean;
}
