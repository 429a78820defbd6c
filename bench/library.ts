// Library benchmark: a synthetic 100,000-article library (bench/library/synthetic-news.ts) ingested through
// putArticles, then brief(topic) timed over ~500 topic queries beside a bare FTS5 query baseline.
// The generator runs here; the library runs in a child process (bench/library/store-workload.ts, compiled as
// the bot is) so that the peak RSS reported is the library's, not the text generator's.
// Run alone: `npx tsx bench/library.ts [--articles N] [--queries N] [--keep]`.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildBundle, ROOT } from "../scripts/build.js";
import { scoreClustering } from "./library/cluster-score.js";
import { seededRandom } from "./library/prng.js";
import type { WorkloadResult } from "./library/store-workload.js";
import { syntheticNews, type SyntheticNews } from "./library/synthetic-news.js";

export interface LibraryBenchOptions {
  /** Default 100,000. */
  articles?: number;
  /** Default 500. */
  queries?: number;
  /**
   * Articles per putArticles call. Default 100 (a big feed poll): larger batches were no faster and, since a
   * batch's parsed articles outlive many young-generation collections, raised the peak RSS by ~40 MB.
   */
  batchSize?: number;
  /** Keep the temporary folder with the database (its path is printed). */
  keep?: boolean;
}

export interface LibraryBenchResult {
  articles: { offered: number; stored: number; duplicatesOffered: number; duplicatesStored: number; meanWords: number };
  /**
   * perSecond: wall clock of the whole ingest (reading the input included); perCpuSecond: the same over the
   * process's CPU time (robust on a shared machine); storeOnly*: the time inside putArticles only.
   */
  ingest: { seconds: number; perSecond: number; perCpuSecond: number; storeOnlyPerSecond: number; storeOnlyPerCpuSecond: number };
  databaseMb: number;
  /** Peak RSS of the library's process (Node and the compiled library); rssBeforeLibraryMb: that process before opening it. */
  memory: { rssBeforeLibraryMb: number; rssPeakIngestMb: number; rssPeakMb: number };
  clustering: { stories: number; pairPrecision: number; pairRecall: number };
  queries: { count: number } & WorkloadResult["queries"];
  targets: { ingestPerSecond: boolean; briefTopicP95: boolean; rss: boolean };
  /** The machine: cores and load average (1 min) before, after the ingest and at the end; wall-clock figures suffer when it is shared. */
  machine: { cores: number; loadBefore: number; loadAfterIngest: number; loadAfter: number };
}

export async function runLibraryBench(options: LibraryBenchOptions = {}): Promise<LibraryBenchResult> {
  const total = options.articles ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-library-bench-"));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const news = syntheticNews(total);
    const events: number[] = [];
    const resends = new Set<number>();
    let words = 0;
    const out = createWriteStream(join(dir, "articles.jsonl"));
    for (const batch of news.batches(1_000)) {
      let text = "";
      for (const item of batch) {
        if (item.resend) resends.add(events.length);
        events.push(item.event);
        for (const p of item.input.article.paragraphs) words += p.split(" ").length;
        text += `${JSON.stringify(item.input)}\n`;
      }
      if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    writeFileSync(join(dir, "queries.json"), JSON.stringify(topicQueries(news, options.queries ?? 500)));

    // Compiled by the same build as the bot's dist/newsbrief.js and run by plain node, as the bot runs: under
    // tsx's loader the same process held 35-50 MB more (a second V8 isolate for the loader, the transpiler).
    // Inside the checkout (bench/results/ is git-ignored) so that its imports find node_modules.
    const workload = await buildBundle({
      entry: fileURLToPath(new URL("./library/store-workload.ts", import.meta.url)),
      outdir: join(ROOT, "bench", "results", "build"),
      name: "store-workload",
    });
    const args = [workload, join(dir, "articles.jsonl"), join(dir, "library.db"), join(dir, "queries.json"), join(dir, "result.json")];
    args.push(String(news.endMs + 3_600_000), String(options.batchSize ?? 100));
    execFileSync(process.execPath, args, { stdio: "inherit" });
    const result = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as WorkloadResult;
    const storyIds = readFileSync(join(dir, "result.json.stories"), "utf8").split("\n").slice(0, total);

    const assignments = storyIds.flatMap((story, i) => (story === "" ? [] : [{ event: events[i] ?? -1, story }]));
    const perSecond = Math.round(total / result.ingest.seconds);
    const { briefTopicMs } = result.queries;
    return {
      articles: {
        offered: total,
        stored: assignments.length,
        duplicatesOffered: resends.size,
        duplicatesStored: [...resends].filter((i) => storyIds[i] !== "").length,
        meanWords: Math.round(words / total),
      },
      ingest: {
        seconds: round(result.ingest.seconds),
        perSecond,
        perCpuSecond: Math.round(total / result.ingest.cpuSeconds),
        storeOnlyPerSecond: Math.round(total / result.ingest.storeSeconds),
        storeOnlyPerCpuSecond: Math.round(total / result.ingest.storeCpuSeconds),
      },
      databaseMb: result.databaseMb,
      memory: { rssBeforeLibraryMb: result.rssBeforeMb, rssPeakIngestMb: result.rssPeakIngestMb, rssPeakMb: result.rssPeakMb },
      clustering: scoreClustering(assignments),
      queries: { count: options.queries ?? 500, ...result.queries },
      targets: { ingestPerSecond: perSecond >= 2_000, briefTopicP95: briefTopicMs.p95 <= 20, rss: result.rssPeakMb <= 200 },
      machine: { cores: cpus().length, loadBefore: round(loadBefore), loadAfterIngest: result.loadAfterIngest, loadAfter: round(loadavg()[0] ?? 0) },
    };
  } finally {
    if (options.keep) console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Queries people would type: a topic word, two, a surname, a place's first letters, a name and a word, and a few misses. */
function topicQueries(news: SyntheticNews, count: number): string[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, () => {
    const topic = random.pick(news.topics);
    const person = random.pick(topic.people);
    const roll = random.next();
    if (roll < 0.35) return random.pick(topic.keywords);
    if (roll < 0.55) return `${topic.keywords[0]} ${topic.keywords[1]}`;
    if (roll < 0.7) return person.last;
    if (roll < 0.8) return topic.place.slice(0, 5).toLowerCase();
    if (roll < 0.95) return `${person.first} ${person.last} ${random.pick(topic.keywords)}`;
    return `zq${random.int(1e6)}x`;
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const articles = arg("--articles");
  const queries = arg("--queries");
  const result = await runLibraryBench({
    ...(articles !== undefined ? { articles } : {}),
    ...(queries !== undefined ? { queries } : {}),
    keep: process.argv.includes("--keep"),
  });
  console.log(JSON.stringify(result, null, 2));
}

/** The figures against the targets, and the bare FTS5 query as the baseline, for `npm run bench`. */
export function printLibrary(result: LibraryBenchResult): void {
  const { articles, ingest, memory, queries, targets } = result;
  const mark = (met: boolean) => (met ? "met" : "MISSED");
  console.log(`Library: ${articles.offered} synthetic articles (${articles.stored} stored), database ${result.databaseMb} MB`);
  console.log(`  ingest ${ingest.perSecond} articles/s (${ingest.perCpuSecond} per CPU-second); target 2,000/s: ${mark(targets.ingestPerSecond)}`);
  console.log(`  brief(topic) p50/p95/p99 ${queries.briefTopicMs.p50}/${queries.briefTopicMs.p95}/${queries.briefTopicMs.p99} ms; target p95 20 ms: ${mark(targets.briefTopicP95)}`);
  console.log(`  baseline, a bare FTS5 query (no stories, no briefing): p50/p95 ${queries.bareFtsMs.p50}/${queries.bareFtsMs.p95} ms`);
  console.log(`  peak RSS ${memory.rssPeakMb} MB (${memory.rssBeforeLibraryMb} MB before the library opened); target 200 MB: ${mark(targets.rss)}`);
}
