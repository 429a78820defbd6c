// ROUGE benchmark of the news summarizer against Lead-3, both run here on the same analysed documents.
// Run alone: npx tsx bench/summaries.ts
// CNN/DM (FRANK 250, test split) is the main line. The default weights are fitted on all 250 stories
// (bench/summaries/fit-ranker.ts), so the honest figure is the 2-fold cross-validation printed below it:
// weights fitted on the first 125 stories score the last 125, and the other way round. BBC (extractive
// references) is a secondary check, never fitted to.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { AnalysedDocument, Sentence } from "../src/nlp/document.js";
import { analyse } from "../src/nlp/analyse.js";
import { leadSummary } from "../src/summarize/lead.js";
import { summarize } from "../src/summarize/news-ranker.js";
import { DEFAULT_RANKER_WEIGHTS, type RankerWeights } from "../src/summarize/ranker-weights.js";
import type { SummaryOptions } from "../src/summarize/summary-options.js";
import { meanRouge, scoreRouge, type RougeScores } from "./rouge.js";
import { evalFileExists, readEvalRecords, recordToArticle, type EvalRecord } from "./summaries/eval-records.js";
import { fitRanker } from "./summaries/fit-ranker.js";
import { pairedBootstrap, type Interval } from "./summaries/paired-bootstrap.js";

const CNNDM_FILE = "cnndm_test_frank250.jsonl";
const BBC_FILE = "bbc_news_summary_100.jsonl";
const HALF = 125;
const TIMING_ROUNDS = 15;

/** Mean F1 x100 of both systems on one set of stories, with the paired 95% CI of the ROUGE-1 difference. */
export interface SplitResult {
  name: string;
  stories: number;
  ours: RougeScores;
  lead3: RougeScores;
  /** ours - lead3, ROUGE-1 F1 x100. */
  rouge1Difference: Interval;
  meanWords: { ours: number; lead3: number };
}

/** Weights fitted on one half of CNN/DM, scored on the other. */
export interface FoldResult {
  heldOut: SplitResult;
  weights: RankerWeights;
}

export interface SummariesBenchResult {
  cnndm: {
    full: SplitResult;
    firstHalf: SplitResult;
    lastHalf: SplitResult;
    /** Default weights, a fixed three sentences (`minSentences: 3`), as Lead-3 has. */
    fixedThree: SplitResult;
    folds: FoldResult[];
  } | null;
  bbc: SplitResult | null;
  /**
   * Milliseconds per CNN/DM article, and the articles' mean length in words. `summarizeMs` runs over all
   * documents in turn (cold CPU caches); `summarizeHotMs` on a document just used, as in the engine.
   */
  speed: { analyseMs: number; summarizeMs: number; summarizeHotMs: number; lead3Ms: number; articleWords: number } | null;
}

interface Scored {
  ours: RougeScores;
  lead3: RougeScores;
  oursWords: number;
  lead3Words: number;
}

/** One summary sentence per line, as rouge_score's Lsum expects; inner line breaks would split a sentence. */
const asLines = (sentences: readonly Sentence[]): string => sentences.map((s) => s.text.replace(/\s+/g, " ")).join("\n");
const wordCount = (sentences: readonly Sentence[]): number => sentences.reduce((sum, s) => sum + s.tokens.length, 0);

function scoreStory(
  doc: AnalysedDocument,
  record: EvalRecord,
  weights: Readonly<RankerWeights> = DEFAULT_RANKER_WEIGHTS,
  options: SummaryOptions = {},
): Scored {
  const ours = summarize(doc, options, weights);
  const lead3 = leadSummary(doc, { sentences: 3 });
  return {
    ours: scoreRouge(asLines(ours), record.reference),
    lead3: scoreRouge(asLines(lead3), record.reference),
    oursWords: wordCount(ours),
    lead3Words: wordCount(lead3),
  };
}

function summariseSplit(name: string, scored: readonly Scored[]): SplitResult {
  const n = Math.max(1, scored.length);
  return {
    name,
    stories: scored.length,
    ours: meanRouge(scored.map((s) => s.ours)),
    lead3: meanRouge(scored.map((s) => s.lead3)),
    rouge1Difference: scaleInterval(pairedBootstrap(scored.map((s) => s.ours.rouge1), scored.map((s) => s.lead3.rouge1))),
    meanWords: {
      ours: scored.reduce((sum, s) => sum + s.oursWords, 0) / n,
      lead3: scored.reduce((sum, s) => sum + s.lead3Words, 0) / n,
    },
  };
}

const scaleInterval = (i: Interval): Interval => ({ mean: i.mean * 100, low: i.low * 100, high: i.high * 100 });

/**
 * Milliseconds per document of `run`: the fastest of several rounds over all documents (the first round
 * warms the JIT). The fastest round is the one least disturbed by other processes on the machine.
 */
function timePerDocument<T>(items: readonly T[], run: (item: T) => unknown): number {
  for (const item of items) run(item);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    const started = performance.now();
    for (const item of items) run(item);
    best = Math.min(best, performance.now() - started);
  }
  return best / Math.max(1, items.length);
}

/**
 * Milliseconds per article of summarize() on a document already in the CPU caches, as right after analyse()
 * in the engine: each document is summarized once untimed, then timed over a few more calls. (Timing the
 * call right after analyse() instead mostly measures the garbage collector cleaning up after analyse.)
 */
function timeHot(docs: readonly AnalysedDocument[]): number {
  const repeats = 4;
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    let total = 0;
    for (const doc of docs) {
      summarize(doc);
      const started = performance.now();
      for (let r = 0; r < repeats; r++) summarize(doc);
      total += (performance.now() - started) / repeats;
    }
    best = Math.min(best, total);
  }
  return best / Math.max(1, docs.length);
}

function runSet(file: string): { records: EvalRecord[]; docs: AnalysedDocument[]; scored: Scored[] } {
  const records = readEvalRecords(file);
  const docs = records.map((record) => analyse(recordToArticle(record)));
  const scored = docs.map((doc, i) => scoreStory(doc, records[i] as EvalRecord));
  return { records, docs, scored };
}

/** Fits the ranker on the stories `fitOn` and scores the stories `scoreOn` with those weights. */
function crossFold(name: string, records: readonly EvalRecord[], docs: readonly AnalysedDocument[], fitOn: number[], scoreOn: number[]): FoldResult {
  const weights = fitRanker(fitOn.map((i) => ({ doc: docs[i] as AnalysedDocument, reference: (records[i] as EvalRecord).reference })));
  const scored = scoreOn.map((i) => scoreStory(docs[i] as AnalysedDocument, records[i] as EvalRecord, weights));
  return { heldOut: summariseSplit(name, scored), weights };
}

export async function runSummariesBench(): Promise<SummariesBenchResult> {
  const result: SummariesBenchResult = { cnndm: null, bbc: null, speed: null };
  if (evalFileExists(CNNDM_FILE)) {
    const { records, docs, scored } = runSet(CNNDM_FILE);
    const first = docs.map((_, i) => i).filter((i) => i < HALF);
    const last = docs.map((_, i) => i).filter((i) => i >= HALF);
    const three = docs.map((doc, i) => scoreStory(doc, records[i] as EvalRecord, DEFAULT_RANKER_WEIGHTS, { minSentences: 3 }));
    result.cnndm = {
      full: summariseSplit("cnndm-250, default weights (fitted on all 250)", scored),
      firstHalf: summariseSplit(`cnndm first ${HALF}, default weights`, scored.slice(0, HALF)),
      lastHalf: summariseSplit(`cnndm last ${scored.length - HALF}, default weights`, scored.slice(HALF)),
      fixedThree: summariseSplit("cnndm-250, default weights, always 3 sentences", three),
      folds: [
        crossFold(`cnndm last ${last.length}, HELD OUT (fitted on the first ${HALF})`, records, docs, first, last),
        crossFold(`cnndm first ${HALF}, HELD OUT (fitted on the last ${last.length})`, records, docs, last, first),
      ],
    };
    const articles = records.map(recordToArticle);
    result.speed = {
      analyseMs: timePerDocument(articles, analyse),
      summarizeHotMs: timeHot(docs),
      summarizeMs: timePerDocument(docs, (doc) => summarize(doc)),
      lead3Ms: timePerDocument(docs, (doc) => leadSummary(doc, { sentences: 3 })),
      articleWords: docs.reduce((sum, doc) => sum + doc.sentences.reduce((n, s) => n + s.tokens.length, 0), 0) / docs.length,
    };
  }
  if (evalFileExists(BBC_FILE)) result.bbc = summariseSplit("bbc-100 (secondary)", runSet(BBC_FILE).scored);
  return result;
}

const fixed = (x: number, digits = 2): string => x.toFixed(digits).padStart(6);

function formatSplit(split: SplitResult): string {
  const row = (label: string, s: RougeScores, words: number): string =>
    `  ${label.padEnd(8)} ${fixed(s.rouge1)} ${fixed(s.rouge2)} ${fixed(s.rougeLsum)}   ${fixed(words, 1)}`;
  const d = split.rouge1Difference;
  return [
    `${split.name} (${split.stories} stories)      R1     R2  RLsum   words`,
    row("ours", split.ours, split.meanWords.ours),
    row("Lead-3", split.lead3, split.meanWords.lead3),
    `  diff     ${fixed(split.ours.rouge1 - split.lead3.rouge1)} ${fixed(split.ours.rouge2 - split.lead3.rouge2)} ` +
      `${fixed(split.ours.rougeLsum - split.lead3.rougeLsum)}   R1 diff 95% CI [${d.low.toFixed(2)}, ${d.high.toFixed(2)}] (paired bootstrap)`,
  ].join("\n");
}

/** The report as printed by the command line. */
export function formatSummariesBench(result: SummariesBenchResult): string {
  const parts = ["ROUGE F1 x100, rouge_score-compatible (stemmed), ours = summarize(doc) with default options"];
  if (result.cnndm === null) parts.push(`(skipped CNN/DM: ../shared/eval/summaries/${CNNDM_FILE} not found)`);
  else {
    const c = result.cnndm;
    parts.push(formatSplit(c.full), formatSplit(c.firstHalf), formatSplit(c.lastHalf), formatSplit(c.fixedThree));
    for (const fold of c.folds) parts.push(`${formatSplit(fold.heldOut)}\n  fitted: ${JSON.stringify(fold.weights)}`);
    const diffs = c.folds.map((f) => f.heldOut.ours.rouge1 - f.heldOut.lead3.rouge1);
    parts.push(`2-fold cross-validation, mean held-out R1 diff vs Lead-3: ${(diffs.reduce((a, b) => a + b, 0) / diffs.length).toFixed(2)}`);
  }
  if (result.bbc !== null) parts.push(formatSplit(result.bbc));
  if (result.speed !== null) {
    const s = result.speed;
    const per800 = (ms: number): string => ((ms * 800) / s.articleWords).toFixed(4);
    parts.push(
      `speed (CNN/DM, mean ${s.articleWords.toFixed(0)} words/article, ms per article, fastest of ${TIMING_ROUNDS} rounds):\n` +
        `  analyse ${s.analyseMs.toFixed(4)}; summarize hot ${s.summarizeHotMs.toFixed(4)} ` +
        `(${per800(s.summarizeHotMs)} per 800 words); summarize cold ${s.summarizeMs.toFixed(4)} ` +
        `(${per800(s.summarizeMs)} per 800 words); Lead-3 ${s.lead3Ms.toFixed(4)}`,
    );
  }
  return parts.join("\n\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatSummariesBench(await runSummariesBench()));
}
