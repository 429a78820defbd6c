import type { AnalysedDocument, Sentence } from "../nlp/document.js";

/** What a summary may hold. Every ranker reads the same options. */
export interface SummaryOptions {
  /**
   * Most sentences to return. Default 3.
   * @example { sentences: 5 }
   */
  sentences?: number;
  /**
   * Fewest sentences to return when the story has them. Default 2 (or `sentences`, when smaller). Between
   * the two, the news ranker stops when one more sentence would dilute the summary (a long lead says it all
   * in two). Pass the same number as `sentences` for a fixed length. Lead-N ignores it.
   * @example { sentences: 4, minSentences: 4 }
   */
  minSentences?: number;
  /**
   * Word budget over the whole summary (words as the tokenizer counts them). Default: no word budget.
   * A sentence that would overflow it is skipped in favour of a shorter one; 0 gives an empty summary.
   */
  words?: number;
  /** A topic to focus on ("taliban legitimacy"): sentences sharing its stems rank higher. Default: none. */
  query?: string;
}

/** The default most number of summary sentences. */
export const DEFAULT_SUMMARY_SENTENCES = 3;
/** The default fewest number of summary sentences. */
export const DEFAULT_MIN_SUMMARY_SENTENCES = 2;

/** Every ranker has this shape: the article's own sentences, in document order. */
export type Summarizer = (doc: AnalysedDocument, options?: SummaryOptions) => Sentence[];

/** The budgets of `options`, with defaults filled and nonsense clamped to 0. */
export function summaryBudget(options: SummaryOptions): { sentences: number; minSentences: number; words: number } {
  const sentences = count(options.sentences, DEFAULT_SUMMARY_SENTENCES);
  const minSentences = Math.min(sentences, count(options.minSentences, DEFAULT_MIN_SUMMARY_SENTENCES));
  const words = options.words === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(options.words));
  return { sentences, minSentences, words: Number.isNaN(words) ? 0 : words };
}

function count(value: number | undefined, fallback: number): number {
  const n = Math.max(0, Math.floor(value ?? fallback));
  return Number.isNaN(n) ? 0 : n;
}
