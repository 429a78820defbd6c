// The measured half of the library benchmark, run in its own process so that its peak RSS is the library's
// (plus Node; compiled like the bot, run by plain node), not the synthetic-text generator's: reads articles from a JSONL file, ingests them
// through putArticles in batches, then times search, brief(topic) and a bare FTS5 baseline.
// Usage (spawned by bench/library.ts): store-workload.ts <articles.jsonl> <library.db> <queries.json> <out.json> <nowMs> <batch>
// The story each input line was put in goes to <out.json>.stories, one line each, as the ingest runs: kept in
// memory, 100,000 story ids were 3-4 MB of live heap, which V8's heap sizing turned into ~10 MB of the RSS
// charged to the library.
import { closeSync, openSync, readSync, statSync, writeFileSync, writeSync } from "node:fs";
import { loadavg } from "node:os";
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
  /** The machine's 1-minute load average when the ingest ended (wall-clock figures suffer when it is shared). */
  loadAfterIngest: number;
  /** Peak RSS at the end of the ingest, and over the whole run (ingest and queries). */
  rssPeakIngestMb: number;
  rssPeakMb: number;
  /** storeCpuSeconds: the process's CPU time inside putArticles only (the library's own cost, without the input reading). */
  ingest: { articles: number; seconds: number; cpuSeconds: number; storeSeconds: number; storeCpuSeconds: number };
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
const storiesFile = openSync(`${outPath}.stories`, "w");
let articlesIngested = 0;
let storeMs = 0;
let storeCpuUs = 0;
let batch: NewArticle[] = [];
const flush = async () => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const results = await store.putArticles(batch);
  const used = process.cpuUsage(c0);
  storeCpuUs += used.user + used.system;
  storeMs += performance.now() - t0;
  // Per input line: the story it was put in, an empty line when it was a duplicate (isNew: false).
  let lines = "";
  for (const result of results) lines += `${result.isNew ? result.storyId : ""}\n`;
  writeSync(storiesFile, lines);
  articlesIngested += results.length;
  batch = [];
  // The bot's sources hand over a batch and then wait on the network or the disk; yielding here likewise lets
  // timers and the tasks V8 posts (finishing incremental marking, for one) run between batches, as in the bot.
  await nextTask();
};
const cpu0 = process.cpuUsage();
const started = performance.now();
for (const line of jsonLines(jsonl)) {
  batch.push(JSON.parse(line) as NewArticle);
  if (batch.length === batchSize) await flush();
}
if (batch.length > 0) await flush();
closeSync(storiesFile);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const rssPeakIngest = process.resourceUsage().maxRSS * 1024;
const loadAfterIngest = Math.round((loadavg()[0] ?? 0) * 100) / 100;
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
  loadAfterIngest,
  rssPeakIngestMb: mb(rssPeakIngest),
  rssPeakMb: mb(process.resourceUsage().maxRSS * 1024),
  ingest: { articles: articlesIngested, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, storeSeconds: storeMs / 1000, storeCpuSeconds: storeCpuUs / 1e6 },
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

/**
 * The file's non-empty lines, read 1 MB at a time into one reused buffer. node:readline cost about 15% of
 * the ingest's CPU time here (a regular expression over ever re-concatenated strings), and a fresh 1 MB
 * Buffer per read kept 10-15 MB of dead ArrayBuffers waiting for the GC: both would have been charged to
 * the library. The unfinished last line of a read is moved to the front and the next read fills in after it.
 */
function* jsonLines(path: string): Generator<string> {
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(1 << 20);
    let kept = 0; // bytes of an unfinished line at the start of `buffer`
    for (;;) {
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]); // a line longer than the buffer
      const read = readSync(fd, buffer, kept, buffer.length - kept, null);
      const filled = kept + read;
      let start = 0;
      for (let end = buffer.indexOf(10, start); end >= 0 && end < filled; end = buffer.indexOf(10, start)) {
        if (end > start) yield buffer.toString("utf8", start, end);
        start = end + 1;
      }
      if (read === 0) {
        if (filled > start) yield buffer.toString("utf8", start, filled);
        return;
      }
      buffer.copyWithin(0, start, filled);
      kept = filled - start;
    }
  } finally {
    closeSync(fd);
  }
}
