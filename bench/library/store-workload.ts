// The measured half of the library benchmark, run in its own process so that its peak RSS is the library's
// (plus Node and tsx), not the synthetic-text generator's: reads articles from a JSONL file, ingests them
// through putArticles in batches, then times search, brief(topic) and a bare FTS5 baseline.
// Usage (spawned by bench/library.ts): store-workload.ts <articles.jsonl> <library.db> <queries.json> <out.json> <nowMs> <batch>
import { createReadStream, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { setImmediate as nextTask } from "node:timers/promises";
import Database from "better-sqlite3";
import { briefTopic } from "../../src/library/brief-topic.js";
import { buildFts5Match } from "../../src/library/search/fts5-match.js";
import { parseQueryTerms } from "../../src/library/search/query-terms.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import type { NewArticle } from "../../src/library/store.js";
import { latency, type Latency } from "./percentiles.js";

export interface WorkloadResult {
  rssBeforeMb: number;
  /** Peak RSS at the end of the ingest, and over the whole run (ingest and queries). */
  rssPeakIngestMb: number;
  rssPeakMb: number;
  ingest: { articles: number; seconds: number; cpuSeconds: number; storeSeconds: number };
  /** Per input line: the story it was put in, "" when it was a duplicate (isNew: false). */
  storyIds: string[];
  databaseMb: number;
  queries: {
    noMatch: number;
    briefTopicMs: Latency;
    /** The same calls measured in process CPU time: what they cost without the other processes of a shared machine. */
    briefTopicCpuMs: Latency;
    briefTopicCachedMs: Latency;
    searchMs: Latency;
    bareFtsMs: Latency;
  };
}

const [jsonl, dbPath, queriesPath, outPath, nowArg, batchArg] = process.argv.slice(2);
if (jsonl === undefined || dbPath === undefined || queriesPath === undefined || outPath === undefined) {
  throw new Error("usage: store-workload.ts <articles.jsonl> <library.db> <queries.json> <out.json> <nowMs> <batch>");
}
const now = new Date(Number(nowArg));
const batchSize = Number(batchArg ?? 100);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const rssBefore = process.memoryUsage().rss;

let store = new SqliteStore({ path: dbPath, now: () => now });
const storyIds: string[] = [];
let storeMs = 0;
let batch: NewArticle[] = [];
const flush = async () => {
  const t0 = performance.now();
  const results = await store.putArticles(batch);
  storeMs += performance.now() - t0;
  for (const result of results) storyIds.push(result.isNew ? result.storyId : "");
  batch = [];
};
const cpu0 = process.cpuUsage();
const started = performance.now();
for await (const line of createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })) {
  if (line === "") continue;
  batch.push(JSON.parse(line) as NewArticle);
  if (batch.length === batchSize) await flush();
}
if (batch.length > 0) await flush();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const rssPeakIngest = process.resourceUsage().maxRSS * 1024;
await store.close(); // checkpoints the WAL into the main file, so the size below is the library's
const size = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
const databaseMb = mb(size(dbPath) + size(`${dbPath}-wal`) + size(`${dbPath}-shm`));

store = new SqliteStore({ path: dbPath, now: () => now });
const raw = new Database(dbPath, { readonly: true });
// The naive way: FTS5's own ranking over the whole index, ten rows, no stories, no briefing.
const bareFts = raw.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 10");
const queries = JSON.parse(await import("node:fs/promises").then((fs) => fs.readFile(queriesPath, "utf8"))) as string[];
for (const query of queries.slice(0, 20)) await store.search(`${query} warmup`, { now }); // JIT and page cache
const brief: number[] = [], briefCpu: number[] = [], cached: number[] = [], search: number[] = [], fts: number[] = [];
let noMatch = 0;
const timed = async (times: number[], run: () => unknown) => {
  const t0 = performance.now();
  const value = await run();
  times.push(performance.now() - t0);
  return value;
};
for (const query of queries) {
  const match = buildFts5Match(parseQueryTerms(query), "any");
  await timed(fts, () => (match === "" ? [] : bareFts.all(match)));
  await timed(search, () => store.search(query, { now, limit: 4 }));
  const cpuBefore = process.cpuUsage();
  const answer = (await timed(brief, () => briefTopic(store, query, { now }))) as Awaited<ReturnType<typeof briefTopic>>;
  const used = process.cpuUsage(cpuBefore);
  briefCpu.push((used.user + used.system) / 1000);
  if (answer.kind === "no-match") noMatch++;
  // Each command is its own task in the bot; yielding lets the deferred cache writes run (after the answer, untimed).
  await nextTask();
}
// The same questions again: briefings now come from the cache.
for (const query of queries) {
  await timed(cached, () => briefTopic(store, query, { now }));
  await nextTask();
}
raw.close();
await store.close();

const result: WorkloadResult = {
  rssBeforeMb: mb(rssBefore),
  rssPeakIngestMb: mb(rssPeakIngest),
  rssPeakMb: mb(process.resourceUsage().maxRSS * 1024),
  ingest: { articles: storyIds.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, storeSeconds: storeMs / 1000 },
  storyIds,
  databaseMb,
  queries: {
    noMatch,
    briefTopicMs: latency(brief),
    briefTopicCpuMs: latency(briefCpu),
    briefTopicCachedMs: latency(cached),
    searchMs: latency(search),
    bareFtsMs: latency(fts),
  },
};
writeFileSync(outPath, JSON.stringify(result));
