import type { Sentence } from "../nlp/document.js";
import type { RankerWeights } from "./ranker-weights.js";
import { SHAPE_CAPITALISED, SHAPE_DIGIT } from "../nlp/word-lexicon.js";
import type { StemIndex } from "./stem-index.js";
import { SEPARATE_ARRAYS, type TypedArena } from "./typed-arena.js";

// How likely a reference summary of the story is to use each of its words. A content word's odds come from
// where and how the story uses it (a word of the lead that recurs is what the story is about); a function
// word's expected count comes from how often the story itself uses it. Both feed expected-rouge.ts.

/** The signals behind a content word's odds, in the order of `RankerWeights.word`. */
export const WORD_FEATURES = [
  "bias",
  "log sentence frequency",
  "first used in sentence 1",
  "first used in sentence 2",
  "first used in sentence 3",
  "first used in sentence 4",
  "first used in sentences 5-7",
  "in the headline",
  "share written capitalised mid-sentence",
  "share that are numbers",
  "share inside quotation marks",
  "uses in the first 3 sentences (0..3)/3",
] as const;

const FEATURES = WORD_FEATURES.length;
const LEAD_SENTENCES = 3;

/** Per-stem statistics of one story, indexed by stem id. */
export interface WordStats {
  /** Uses of each stem in story sentences. */
  count: Int32Array;
  /** Story sentences using each stem. */
  sentenceFrequency: Int32Array;
  /** Story position of the first sentence using each stem, -1 for none. */
  first: Int32Array;
  /** Uses written capitalised, not as a sentence's first word. */
  capitalised: Int32Array;
  /** Uses that are numbers. */
  numbers: Int32Array;
  /** Sum over uses of the quote share of the sentence holding them. */
  quoted: Float64Array;
  /** Uses in the first LEAD_SENTENCES story sentences. */
  lead: Int32Array;
  headline: ReadonlySet<number>;
  /** Tokens in story sentences. */
  storyTokens: number;
}


/**
 * One pass over the tokens of the story sentences (`positions[s] >= 0`: boilerplate and empty sentences
 * are not the story). `quoteShare` is each sentence's share inside quotation marks.
 */
export function wordStats(
  sentences: readonly Sentence[],
  index: StemIndex,
  positions: Int32Array,
  quoteShare: Float64Array,
  headline: ReadonlySet<number>,
  arena: TypedArena = SEPARATE_ARRAYS,
): WordStats {
  const n = index.size;
  const stats: WordStats = {
    count: arena.int32(n),
    sentenceFrequency: arena.int32(n),
    first: arena.int32(n).fill(-1),
    capitalised: arena.int32(n),
    numbers: arena.int32(n),
    quoted: arena.float64(n),
    lead: arena.int32(n),
    headline,
    storyTokens: 0,
  };
  const { count, sentenceFrequency, first, capitalised, numbers, quoted, lead } = stats;
  const lastSentence = arena.int32(n).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const position = positions[s] ?? -1;
    if (position < 0) continue;
    const share = quoteShare[s] ?? 0;
    const base = index.sentenceStarts[s] ?? 0;
    const end = index.sentenceStarts[s + 1] ?? 0;
    stats.storyTokens += end - base;
    for (let t = base; t < end; t++) {
      const id = index.tokenIds[t] ?? 0;
      count[id] = (count[id] ?? 0) + 1;
      if (index.content[id] !== 1) continue;
      const shape = index.shapes[t] ?? 0;
      if (lastSentence[id] !== s) {
        lastSentence[id] = s;
        sentenceFrequency[id] = (sentenceFrequency[id] ?? 0) + 1;
        if (first[id] === -1) first[id] = position;
      }
      // The first word of a sentence is capitalised whatever it is; later capitals mark names.
      if (t > base && (shape & SHAPE_CAPITALISED) !== 0) capitalised[id] = (capitalised[id] ?? 0) + 1;
      if ((shape & SHAPE_DIGIT) !== 0) numbers[id] = (numbers[id] ?? 0) + 1;
      quoted[id] = (quoted[id] ?? 0) + share;
      if (position < LEAD_SENTENCES) lead[id] = (lead[id] ?? 0) + 1;
    }
  }
  return stats;
}

/**
 * Fills `row` with the `WORD_FEATURES` of stem `id`; false (and the row untouched) for a function word or a
 * stem used only outside the story (a caption credit, a byline).
 */
export function wordFeatures(stats: WordStats, index: StemIndex, id: number, row: Float64Array): boolean {
  const uses = stats.count[id] ?? 0;
  if (index.content[id] !== 1 || uses === 0) return false;
  const at = stats.first[id] ?? -1;
  row.fill(0);
  row[0] = 1;
  row[1] = Math.log(stats.sentenceFrequency[id] ?? 1);
  if (at < 4) row[2 + at] = 1;
  else if (at < 7) row[6] = 1;
  row[7] = stats.headline.has(id) ? 1 : 0;
  row[8] = (stats.capitalised[id] ?? 0) / uses;
  row[9] = (stats.numbers[id] ?? 0) / uses;
  row[10] = (stats.quoted[id] ?? 0) / uses;
  row[11] = Math.min(LEAD_SENTENCES, stats.lead[id] ?? 0) / LEAD_SENTENCES;
  return true;
}

/** What a reference summary is expected to hold of each stem. */
export interface ReferenceOdds {
  /** Content stems: probability the reference uses the word. 0 for function words. */
  odds: Float64Array;
  /** Function words: mean of the (Poisson) number of times the reference uses it. 0 for content stems. */
  rates: Float64Array;
  /** Function words: exp(-rate), the chance the reference does not use it. */
  absent: Float64Array;
}

/**
 * Reference odds of the stems of `sentences` (the candidates: no other stem can enter the summary), with
 * the fitted weights; `query` stems get a fixed boost.
 */
export function referenceOdds(
  stats: WordStats,
  index: StemIndex,
  weights: Readonly<RankerWeights>,
  query: ReadonlySet<number>,
  sentences: readonly number[],
  arena: TypedArena = SEPARATE_ARRAYS,
): ReferenceOdds {
  const odds = arena.float64(index.size);
  const rates = arena.float64(index.size);
  const absent = arena.float64(index.size);
  const done = arena.uint8(index.size);
  const perStoryToken = stats.storyTokens === 0 ? 0 : (weights.functionWordRate * weights.referenceWords) / stats.storyTokens;
  const row = arena.float64(FEATURES);
  for (const s of sentences) {
    for (let t = index.sentenceStarts[s] ?? 0, end = index.sentenceStarts[s + 1] ?? 0; t < end; t++) {
      const id = index.tokenIds[t] ?? 0;
      if (done[id] === 1) continue;
      done[id] = 1;
      if (index.content[id] !== 1) {
        const rate = perStoryToken * (stats.count[id] ?? 0);
        rates[id] = rate;
        absent[id] = Math.exp(-rate);
      } else if (wordFeatures(stats, index, id, row)) {
        let logit = query.has(id) ? weights.query : 0;
        for (let k = 0; k < FEATURES; k++) logit += (weights.word[k] ?? 0) * (row[k] ?? 0);
        odds[id] = 1 / (1 + Math.exp(-logit));
      }
    }
  }
  return { odds, rates, absent };
}
