// Fits the news ranker's model (src/summarize/ranker-weights.ts) on a set of stories with reference summaries.
// Run alone to refit the defaults on all CNN/DM stories: npx tsx bench/summaries/fit-ranker.ts
// bench/summaries.ts uses it for the 2-fold cross-validation (fit on one half, score the other).
import { pathToFileURL } from "node:url";
import type { AnalysedDocument } from "../../src/nlp/document.js";
import { analyse } from "../../src/nlp/analyse.js";
import { tokenize } from "../../src/nlp/tokens.js";
import { modelStory, summarize } from "../../src/summarize/news-ranker.js";
import { DEFAULT_RANKER_WEIGHTS, type RankerWeights } from "../../src/summarize/ranker-weights.js";
import { WORD_FEATURES, wordFeatures } from "../../src/summarize/word-odds.js";
import { rougeTokens } from "../rouge.js";
import { readEvalRecords, recordToArticle } from "./eval-records.js";
import { fitLogistic } from "./logistic.js";

/** A story to fit on: the analysed article and its reference summary (one sentence per line). */
export interface FitStory {
  doc: AnalysedDocument;
  reference: string;
}

const FEATURES = WORD_FEATURES.length;
const HEADLINE = WORD_FEATURES.indexOf("in the headline");
const FIRST_SENTENCE = WORD_FEATURES.indexOf("first used in sentence 1");
/** Lead windows tried; the one scoring best on the fitting stories wins (the smaller on a tie). */
const WINDOWS = [4, 5, 6, 7];

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function countStems(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  return counts;
}

/** rouge_score's ROUGE-1 F1 (stemmed) of `summary` against reference token counts. */
export function rouge1(summary: string, reference: ReadonlyMap<string, number>, referenceLength: number): number {
  const counts = new Map<string, number>();
  let length = 0;
  for (const token of rougeTokens(summary)) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
    length++;
  }
  let overlap = 0;
  for (const [token, n] of counts) overlap += Math.min(n, reference.get(token) ?? 0);
  return length === 0 || referenceLength === 0 || overlap === 0 ? 0 : (2 * overlap) / (length + referenceLength);
}

/** The reference's rouge_score tokens, counted, for `rouge1`. */
export function referenceCounts(reference: string): { counts: Map<string, number>; length: number } {
  const tokens = rougeTokens(reference);
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return { counts, length: tokens.length };
}

/**
 * Word odds by logistic regression of "the reference uses this content stem" on `WORD_FEATURES`; the
 * function-word rate and reference length as plain averages; the lead window by ROUGE-1 on the same stories.
 */
export function fitRanker(stories: readonly FitStory[], base: Readonly<RankerWeights> = DEFAULT_RANKER_WEIGHTS): RankerWeights {
  const rows: number[] = [];
  const row = new Float64Array(FEATURES);
  const labels: number[] = [];
  let referenceFunctionWords = 0;
  let expectedFunctionWords = 0;
  let referenceWords = 0;
  for (const { doc, reference } of stories) {
    const wanted = countStems(reference);
    let referenceLength = 0;
    for (const n of wanted.values()) referenceLength += n;
    referenceWords += referenceLength;
    const { index, stats } = modelStory(doc);
    const stemOf: string[] = [];
    let t = 0;
    for (const sentence of doc.sentences) for (const token of sentence.tokens) stemOf[index.tokenIds[t++] ?? 0] = token.stem;
    for (let id = 0; id < index.size; id++) {
      const stem = stemOf[id] ?? "";
      if (index.content[id] !== 1) {
        if ((stats.count[id] ?? 0) === 0) continue;
        referenceFunctionWords += wanted.get(stem) ?? 0;
        expectedFunctionWords += ((stats.count[id] ?? 0) / stats.storyTokens) * referenceLength;
      } else if (wordFeatures(stats, index, id, row)) {
        rows.push(...row);
        labels.push(wanted.has(stem) ? 1 : 0);
      }
    }
  }
  const word = fitLogistic(Float64Array.from(rows), Uint8Array.from(labels), FEATURES).map((w) => round(w, 2));
  // CNN/DM has no headlines, so that weight cannot be fitted: a headline is the story's first statement.
  word[HEADLINE] = word[FIRST_SENTENCE] ?? 0;
  const fitted: RankerWeights = {
    ...base,
    word,
    functionWordRate: round(referenceFunctionWords / Math.max(1, expectedFunctionWords), 2),
    referenceWords: Math.round(referenceWords / Math.max(1, stories.length)),
  };
  const references = stories.map((s) => referenceCounts(s.reference));
  let best = fitted;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const leadWindow of WINDOWS) {
    const weights = { ...fitted, leadWindow };
    let score = 0;
    stories.forEach(({ doc }, i) => {
      const ref = references[i] as { counts: Map<string, number>; length: number };
      score += rouge1(summarize(doc, {}, weights).map((s) => s.text).join("\n"), ref.counts, ref.length);
    });
    if (score > bestScore) {
      bestScore = score;
      best = weights;
    }
  }
  return best;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stories = readEvalRecords("cnndm_test_frank250.jsonl").map((r) => ({ doc: analyse(recordToArticle(r)), reference: r.reference }));
  console.log(JSON.stringify(fitRanker(stories), null, 2));
}
