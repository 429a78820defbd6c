import type { AnalysedDocument, Sentence } from "../nlp/document.js";
import { queryStems } from "../nlp/tokens.js";
import { storyPositions, summaryCandidates } from "./candidates.js";
import { pickByExpectedRouge } from "./expected-rouge.js";
import { quoteProfile, type QuoteProfile } from "./quote-share.js";
import { DEFAULT_RANKER_WEIGHTS, type RankerWeights } from "./ranker-weights.js";
import { buildStemIndex, contentIds, knownContentIds, sentenceLength, type StemIndex } from "./stem-index.js";
import { summaryBudget, type SummaryOptions } from "./summary-options.js";
import { SEPARATE_ARRAYS, scratchArena, type TypedArena } from "./typed-arena.js";
import { referenceOdds, WORD_FEATURES, wordStats, type WordStats } from "./word-odds.js";

const NO_STEMS: ReadonlySet<number> = new Set();

/** What the ranker knows about a story before it picks. Exported for the benchmark, which fits the weights. */
export interface StoryModel {
  index: StemIndex;
  positions: Int32Array;
  quotes: QuoteProfile;
  stats: WordStats;
  query: ReadonlySet<number>;
}

/** Builds the story model; its arrays come from `arena` when it has room. */
export function modelStory(doc: AnalysedDocument, query?: string, arena: TypedArena = SEPARATE_ARRAYS): StoryModel {
  const sentences = doc.sentences;
  const index = buildStemIndex(sentences, doc.columns, arena);
  const positions = storyPositions(sentences, arena, index);
  const quotes = quoteProfile(sentences, arena);
  const headline = doc.columns === undefined ? knownContentIds(index, doc.titleTokens.map((t) => t.stem)) : contentIds(index, doc.columns.titleStems);
  const stats = wordStats(sentences, index, positions, quotes.share, headline, arena);
  const wanted = query === undefined ? NO_STEMS : knownContentIds(index, queryStems(query));
  return { index, positions, quotes, stats, query: wanted };
}

/**
 * The news summarizer. It estimates how likely a reference summary of the story is to use each word (from
 * where the story uses it: in the lead or not, how often, inside a quote or not, as a name or a number), then
 * picks, from the lead and the sentences sharing a query word, the ones with the best expected ROUGE-1 F1
 * (expected-rouge.ts), opening with the lead sentence. Between `minSentences` and `sentences` it stops when
 * one more sentence would dilute the summary, so a long lead gives two sentences. It never picks page
 * furniture, a fragment while a full sentence is left, or a sentence that starts or ends inside a quotation.
 * Every sentence is the article's own, verbatim, in document order. Deterministic.
 */
export function summarize(
  doc: AnalysedDocument,
  options: SummaryOptions = {},
  weights: Readonly<RankerWeights> = DEFAULT_RANKER_WEIGHTS,
): Sentence[] {
  const budget = summaryBudget(options);
  if (budget.sentences === 0 || budget.words === 0 || doc.sentences.length === 0) return [];
  // Nothing of the model outlives this call: its arrays come from one scratch buffer.
  const arena = scratchArena(summaryBytes(doc.sentences.length, doc.columns?.stems.length ?? 0));
  const model = modelStory(doc, options.query, arena);
  const candidates = summaryCandidates(doc.sentences, model.index, model.positions, model.quotes.straddles, model.query, {
    leadWindow: weights.leadWindow,
    minWords: weights.minWords,
    fewest: Math.max(1, budget.minSentences),
  });
  const reference = referenceOdds(model.stats, model.index, weights, model.query, candidates, arena);
  // Quotes have their own section in a briefing: a sentence that is mostly a quote loses part of its worth.
  const penalty = arena.float64(doc.sentences.length);
  for (const s of candidates) penalty[s] = weights.quote * (model.quotes.share[s] ?? 0) * sentenceLength(model.index, s);
  const picks = pickByExpectedRouge(model.index, candidates, reference, weights.referenceWords, {
    most: budget.sentences,
    fewest: budget.minSentences,
    words: budget.words,
    // A news story's first sentence says what happened: the summary opens with it.
    opening: candidates[0] ?? -1,
    penalty,
  }, arena);
  return picks.map((s) => doc.sentences[s] as Sentence);
}

// Bytes of the typed arrays one summary uses, per sentence and per stem (see TypedArena): positions, quote
// share and straddles, penalty, and pick flags per sentence; content flags (1), word statistics (7 x 4 + 8),
// reference odds (3 x 8 + 1) and the pick's counters (3 x 4) per stem; 8 bytes of alignment per array and
// the feature row.
const BYTES_PER_SENTENCE = 4 + 8 + 1 + 8 + 1;
const BYTES_PER_STEM = 1 + 7 * 4 + 8 + 3 * 8 + 1 + 3 * 4;
const FIXED_BYTES = 20 * 8 + WORD_FEATURES.length * 8;

/** The arena a summary needs; without the analysed columns the stem count is unknown (arrays are separate). */
function summaryBytes(sentences: number, stems: number): number {
  return stems === 0 ? 0 : sentences * BYTES_PER_SENTENCE + stems * BYTES_PER_STEM + FIXED_BYTES;
}
