import type { Article } from "../articles/article.js";
import { documentTokenCount } from "../nlp/analysed-sentence.js";
import { analyse } from "../nlp/analyse.js";
import { extractQuotes } from "../quotes/extract-quotes.js";
import { summarize } from "../summarize/index.js";
import { ENGINE_VERSION, type Briefing } from "./briefing.js";
import { selectKeyQuotes } from "./key-quotes.js";
import { listSpeakers } from "./speakers.js";

export interface BriefingOptions {
  /**
   * Exact summary length in sentences. Default: the ranker chooses 2 or 3, stopping when one more
   * sentence would only dilute the summary.
   */
  sentences?: number;
  /** Optional word budget for the summary. */
  words?: number;
  /** Topic the reader asked about; focuses the summary on it. */
  query?: string;
  /** How many key quotes. Default 3. */
  keyQuotes?: number;
}

const WORDS_PER_MINUTE = 230;

/** One article in, one briefing out: pure, deterministic, offline. */
export function buildBriefing(article: Article, options: BriefingOptions = {}): Briefing {
  const doc = analyse(article);
  const quotes = extractQuotes(doc);
  const summary = summarize(doc, {
    ...(options.sentences !== undefined ? { sentences: options.sentences, minSentences: options.sentences } : {}),
    ...(options.words !== undefined ? { words: options.words } : {}),
    ...(options.query !== undefined ? { query: options.query } : {}),
  });
  const words = documentTokenCount(doc);
  return {
    engineVersion: ENGINE_VERSION,
    articleId: article.id,
    headline: article.title,
    sources: article.source ? [article.source] : [],
    summary: summary.map((s) => s.text),
    keyQuotes: selectKeyQuotes(quotes, options.keyQuotes ?? 3),
    quotes,
    speakers: listSpeakers(quotes),
    words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
