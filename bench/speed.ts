// Engine speed: articles per second on one core, per-article p50/p99, and the 1x/10x/100x/1000x scaling line.
// Run alone with `npx tsx bench/speed.ts`; `npm run bench` runs it with the quality benchmarks.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { ingestArticle } from "../src/articles/ingest.js";
import { buildBriefing } from "../src/briefing/build-briefing.js";
import { analyse } from "../src/nlp/analyse.js";
import { leadSummary } from "../src/summarize/lead.js";

const EVAL = new URL("../../shared/eval/", import.meta.url);

export interface SpeedResult {
  machine: string;
  articles: number;
  engine: { perSecond: number; p50Ms: number; p99Ms: number };
  baseline: { perSecond: number; p50Ms: number; p99Ms: number };
  scaling: Array<{ factor: number; chars: number; ms: number; msPerMillionChars: number }>;
}

/** The raw texts the engine will see: PolNeAR dev articles and CNN/DM stories, as plain text files would arrive. */
function corpus(): string[] {
  const read = (path: string) =>
    readFileSync(new URL(path, EVAL), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; title?: string | null });
  const polnear = read("quotes/polnear_dev.jsonl").map((r) => r.text);
  const cnndm = read("summaries/cnndm_test_frank250.jsonl").map((r) => r.text);
  return [...polnear, ...cnndm];
}

function timeEach(texts: string[], run: (text: string) => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const t0 = performance.now();
      run(text);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

function stats(times: number[]): { perSecond: number; p50Ms: number; p99Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { perSecond: Math.round((times.length / total) * 1000), p50Ms: at(0.5), p99Ms: at(0.99) };
}

const SCALING_FACTORS = [1, 10, 100, 1000];
const SCALING_BATCHES = 5;

const fullEngine = (text: string) => buildBriefing(ingestArticle({ content: text, fileName: "article.txt" }));
const leadBaseline = (text: string) => leadSummary(analyse(ingestArticle({ content: text, fileName: "article.txt" })), { sentences: 3 });

export function runSpeedBench(): SpeedResult {
  const texts = corpus();
  // Warm the JIT and the stem cache the way a long-running bot is warm.
  timeEach(texts, fullEngine, 2);
  timeEach(texts, leadBaseline, 2);
  const engine = stats(timeEach(texts, fullEngine, 5));
  const baseline = stats(timeEach(texts, leadBaseline, 5));

  const sample = readFileSync(new URL("../briefings/blinken-taliban-legitimacy.txt", import.meta.url), "utf8");
  // Each size runs in batches of about the same number of characters; the best batch is kept, since a
  // machine shared with other work only ever makes a batch slower. 1000x (4.7 MB) is near the ingest cap.
  const scaling = SCALING_FACTORS.map((factor) => {
    const text = Array.from({ length: factor }, () => sample).join("\n\n");
    fullEngine(text);
    const rounds = Math.max(1, Math.round(300 / factor));
    let ms = Number.POSITIVE_INFINITY;
    for (let batch = 0; batch < SCALING_BATCHES; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < rounds; i++) fullEngine(text);
      ms = Math.min(ms, (performance.now() - t0) / rounds);
    }
    return { factor, chars: text.length, ms, msPerMillionChars: (ms / text.length) * 1e6 };
  });
  return { machine: `${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}, 1 core (single thread)`, articles: texts.length, engine, baseline, scaling };
}

export function printSpeed(result: SpeedResult): void {
  const row = (name: string, s: SpeedResult["engine"]) =>
    `  ${name.padEnd(34)} ${String(s.perSecond).padStart(7)} articles/s   p50 ${s.p50Ms.toFixed(3)} ms   p99 ${s.p99Ms.toFixed(3)} ms`;
  console.log(`\nSpeed (${result.articles} articles x 5 rounds; ${result.machine})`);
  console.log(row("full engine (ingest->briefing)", result.engine));
  console.log(row("baseline: ingest+analyse+Lead-3", result.baseline));
  console.log("  scaling (sample article repeated; best of 5 batches):");
  for (const s of result.scaling) {
    console.log(`    ${String(s.factor).padStart(3)}x  ${String(s.chars).padStart(8)} chars  ${s.ms.toFixed(2).padStart(8)} ms  ${s.msPerMillionChars.toFixed(1)} ms per million chars`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printSpeed(runSpeedBench());
