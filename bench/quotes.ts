// Quote extraction + speaker attribution on PolNeAR, scored by the eval set's own scorer.
// Run alone: npx tsx bench/quotes.ts --split dev [--types direct]
// The data is read from ../shared/eval/quotes at run time and never copied here. Tune on train/dev only.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AnalysedDocument } from "../src/nlp/document.js";
import { analyse } from "../src/nlp/analyse.js";
import { extractQuotes } from "../src/quotes/extract-quotes.js";
import { predictionUnits, type PredictedQuote } from "./quotes/prediction-units.js";
import { recordArticle } from "./quotes/record-article.js";

const EVAL_DIR = fileURLToPath(new URL("../../shared/eval/quotes/", import.meta.url));
const TIMING_ROUNDS = 10;

export interface QuotesBenchOptions {
  /**
   * "multi": the 24 articles that 5-6 annotators labelled independently (PolNeAR's annotator-training set,
   * never used for tuning here), scored against each annotator's gold in turn, micro-averaged.
   */
  split: "train" | "dev" | "test" | "multi";
  /** Score only PolNeAR's "direct" quotes (quotes that are the whole attributed content). */
  types?: "direct";
}

/** Scorer figures for one way of writing the speaker. */
export interface SpeakerVariantScore {
  speakerAccuracy: number;
  joint: { P: number; R: number; F1: number };
  /**
   * Speaker accuracy by the kind of gold speaker. Named or nominal gold is the annotator's own span; a pronoun
   * gold ("he") is judged against an automatic CoreNLP coreference name, which the eval README says is
   * sometimes wrong, so the two say different things about the engine.
   */
  byGoldKind: { namedOrNominal: KindScore; pronoun: KindScore; none: KindScore };
}

/** Correct speakers among the matched quotes of one gold kind that the scorer could judge. */
export interface KindScore {
  correct: number;
  judged: number;
  accuracy: number;
}

export interface QuotesBenchResult {
  split: string;
  types: string;
  articles: number;
  /** Gold records scored: one per article, or per (article, annotator) for "multi". */
  goldRecords: number;
  ggt03: { P: number; R: number; F1: number };
  exactF1: number;
  predUnlocated: number;
  /** Speaker submitted as the bare name ("Antony Blinken"). */
  speakerName: SpeakerVariantScore;
  /** Speaker submitted as the bot displays it ("Antony Blinken, U.S. Secretary of State"). */
  speakerNameRole: SpeakerVariantScore;
  /** CPU ms of extractQuotes (entities included) per article, after analyse. */
  msPerArticle: number;
  /** CPU ms of analyse per article on the same machine and run, as a yardstick. */
  analyseMsPerArticle: number;
  meanWords: number;
}

interface GoldRecord {
  id: string;
  text: string;
  annotator?: string;
}

interface ScorerOutput {
  pred_unlocated: number;
  exact: { F1: number };
  "ggt@0.3": { P: number; R: number; F1: number };
  speaker_accuracy_on_matches: { acc: number; unscorable: number };
  /** "found 410/430, speaker ok 400" per kind: named_or_nominal, pronoun, none. */
  by_gold_speaker_kind: Record<string, string>;
  "joint@0.3 (quote+speaker)": { P: number; R: number; F1: number };
}

export async function runQuotesBench(opts: QuotesBenchOptions): Promise<QuotesBenchResult> {
  const multi = opts.split === "multi";
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-quotes-"));
  let goldPath = join(EVAL_DIR, multi ? "polnear_multiannotator.jsonl" : `polnear_${opts.split}.jsonl`);
  let records = readFileSync(goldPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
  if (multi) {
    // One record per (article, annotator): each gets its own id, so the scorer sees every annotator's gold.
    records = records.map((record) => ({ ...record, id: `${record.id}#${record.annotator ?? ""}` }));
    goldPath = join(dir, "gold-multi.jsonl");
    writeFileSync(goldPath, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  }
  const analysed = new Map<string, { doc: AnalysedDocument; starts: number[] }>();
  const docs = records.map((record) => {
    let done = analysed.get(record.text);
    if (done === undefined) {
      const { article, paragraphStarts } = recordArticle(record.id, record.text);
      done = { doc: analyse(article), starts: paragraphStarts };
      analysed.set(record.text, done);
    }
    return { record, ...done };
  });
  const byName: string[] = [];
  const byNameRole: string[] = [];
  for (const { record, doc, starts } of docs) {
    const units = predictionUnits(doc, starts, extractQuotes(doc));
    const line = (speaker: (q: PredictedQuote) => string | null) =>
      JSON.stringify({ id: record.id, quotes: units.map((q) => ({ quote: q.quote, speaker: speaker(q), start: q.start, end: q.end })) });
    byName.push(line((q) => q.speaker?.name ?? null));
    byNameRole.push(line((q) => (q.speaker ? (q.speaker.role ? `${q.speaker.name}, ${q.speaker.role}` : q.speaker.name) : null)));
  }
  try {
    const name = score(dir, goldPath, "name", byName, opts.types);
    const nameRole = score(dir, goldPath, "name-role", byNameRole, opts.types);
    const speed = timeExtraction([...analysed.values()].map((d) => d.doc));
    return {
      split: opts.split,
      types: opts.types ?? "all",
      articles: analysed.size,
      goldRecords: records.length,
      ggt03: name["ggt@0.3"],
      exactF1: name.exact.F1,
      predUnlocated: name.pred_unlocated,
      speakerName: variant(name),
      speakerNameRole: variant(nameRole),
      ...speed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function score(dir: string, goldPath: string, label: string, lines: string[], types?: string): ScorerOutput {
  const predPath = join(dir, `pred-${label}.jsonl`);
  const outPath = join(dir, `score-${label}.json`);
  writeFileSync(predPath, `${lines.join("\n")}\n`);
  const scorer = join(EVAL_DIR, "tools", "score_quotes.mjs");
  const args = [scorer, "--gold", goldPath, "--pred", predPath, "--json", outPath, ...(types ? ["--types", types] : [])];
  execFileSync(process.execPath, args, { stdio: "ignore" });
  return JSON.parse(readFileSync(outPath, "utf8")) as ScorerOutput;
}

function variant(out: ScorerOutput): SpeakerVariantScore {
  // Unscorable matches are all pronoun gold without an automatic name; the scorer leaves them out of accuracy.
  const kind = (name: string, unjudged = 0): KindScore => {
    const [, found = "0", ok = "0"] = /found (\d+)\/\d+, speaker ok (\d+)/.exec(out.by_gold_speaker_kind[name] ?? "") ?? [];
    const judged = Number(found) - unjudged;
    return { correct: Number(ok), judged, accuracy: judged > 0 ? +((100 * Number(ok)) / judged).toFixed(1) : 0 };
  };
  return {
    speakerAccuracy: out.speaker_accuracy_on_matches.acc,
    joint: out["joint@0.3 (quote+speaker)"],
    byGoldKind: {
      namedOrNominal: kind("named_or_nominal"),
      pronoun: kind("pronoun", out.speaker_accuracy_on_matches.unscorable),
      none: kind("none"),
    },
  };
}

/**
 * CPU time (process.cpuUsage, so other processes on a busy machine do not count), best of several rounds,
 * for extractQuotes and, as a yardstick measured the same way, for analyse on the same articles.
 */
function timeExtraction(docs: AnalysedDocument[]): { msPerArticle: number; analyseMsPerArticle: number; meanWords: number } {
  const cpuMs = (run: () => void): number => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  let best = Number.POSITIVE_INFINITY;
  let bestAnalyse = Number.POSITIVE_INFINITY;
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    best = Math.min(best, cpuMs(() => docs.forEach((doc) => extractQuotes(doc))) / docs.length);
    bestAnalyse = Math.min(bestAnalyse, cpuMs(() => docs.forEach((doc) => analyse(doc.article))) / docs.length);
  }
  const words = docs.reduce((sum, doc) => sum + doc.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
  return { msPerArticle: +best.toFixed(4), analyseMsPerArticle: +bestAnalyse.toFixed(4), meanWords: Math.round(words / docs.length) };
}

export function printQuotes(result: QuotesBenchResult): void {
  const { ggt03: g, speakerName: n, speakerNameRole: r } = result;
  const annotations = result.goldRecords === result.articles ? "" : ` (${result.goldRecords} independent annotations)`;
  console.log(`PolNeAR ${result.split} (${result.types}), ${result.articles} articles${annotations}`);
  console.log(`  ggt@0.3 P/R/F1 ${g.P}/${g.R}/${g.F1}   exact F1 ${result.exactF1}   pred_unlocated ${result.predUnlocated}`);
  console.log(`  speaker = name:        accuracy ${n.speakerAccuracy}%   joint F1 ${n.joint.F1}`);
  console.log(`  speaker = "name, role": accuracy ${r.speakerAccuracy}%   joint F1 ${r.joint.F1}`);
  const k = n.byGoldKind;
  const line = (s: KindScore) => `${s.accuracy}% (${s.correct}/${s.judged})`;
  console.log(`  speaker = name, by gold kind: named or nominal ${line(k.namedOrNominal)}; pronoun, judged by CoreNLP's automatic coreference ${line(k.pronoun)}; no speaker ${line(k.none)}`);
  console.log(`  extractQuotes: ${result.msPerArticle} ms CPU/article (mean ${result.meanWords} words); analyse: ${result.analyseMsPerArticle} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const split = arg("split") ?? "dev";
  if (split !== "train" && split !== "dev" && split !== "test" && split !== "multi") throw new Error(`--split must be train, dev, test or multi, not ${split}`);
  const types = arg("types");
  printQuotes(await runQuotesBench(types === "direct" ? { split, types } : { split }));
}
