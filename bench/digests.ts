// Digest delivery benchmark (issue 5): N subscriptions due in the same minute, delivered by 1 and by 3 real bot
// processes (test/digests/support/digest-worker.ts: the real runner, the PostgreSQL ledger, the real Bolt and
// discord.js clients) to the local fakes, which enforce Slack's per-channel limit and Discord's per-channel and
// global (50 a second per bot token) limits. Reports the time until every worker exited and checks the outcome:
// exactly N messages, one per channel, every ledger key settled. The 1-instance run is the baseline.
// Run alone: npx tsx bench/digests.ts [--subscriptions N] [--instances 1,3] [--platform slack|discord|both] [--articles N]
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { deliveryNonce } from "../adapters/discord/delivery-nonce.js";
import { PostgresDigestStore } from "../src/digests/postgres/postgres-digest-store.js";
import { runLimited } from "../src/digests/run-limited.js";
import type { Subscription } from "../src/digests/subscription.js";
import { SqliteStore } from "../src/library/sqlite/sqlite-store.js";
import { startWorker, type Worker } from "../test/digests/support/worker-process.js";
import { FakeDiscord } from "../test/fakes/fake-discord.js";
import { FakeSlack } from "../test/fakes/fake-slack.js";
import { adminQuery, createTestSchema, TEST_DATABASE_URL } from "../test/library/postgres-test-schema.js";
import { syntheticNews } from "./library/synthetic-news.js";

export type DigestPlatform = "slack" | "discord" | "both";

export interface DigestsBenchOptions {
  /** Default 10,000. */
  subscriptions?: number;
  /** Instance counts to run, each on a fresh ledger. Default [1, 3]. */
  instances?: number[];
  /** Default "both": even subscriptions on Slack, odd on Discord. */
  platform?: DigestPlatform;
  /** Synthetic articles published in the hour before the slot. Default 3,000. */
  articles?: number;
  /** Deliveries in flight per worker (DigestRunner's default is 16). */
  concurrency?: number;
}

export interface DigestRun {
  instances: number;
  /** From spawning the workers until the last one exited (their start-up included). */
  wallSeconds: number;
  deliveriesPerSecond: number;
  slack: { messages: number; requests: number; http429: number };
  discord: { messages: number; requests: number; http429Global: number; http429Channel: number };
  /** Tick reports summed over the workers. */
  workers: { exitCodes: Array<number | null>; ticks: number; delivered: number; recovered: number; skipped: number; taken: number; released: number; errors: number };
  /** Each worker's own account (digest-worker.ts, NB_PROFILE): start-up, ticking, CPU, time inside calls. */
  profiles: WorkerProfile[];
  /** Digests with at least one story (the rest said "nothing new": every subscription posts even then). */
  withStories: number;
  problems: string[];
  load: { before: number; after: number };
}

export interface WorkerProfile {
  startupMs: number;
  tickingMs: number;
  cpuMs: number;
  maxRssMb: number;
  /** Summed over calls in flight together (up to the runner's concurrency). */
  callMs: { library: number; store: number; post: number };
}

export interface DigestsBenchResult {
  subscriptions: number;
  articles: number;
  platform: DigestPlatform;
  slotUtc: string;
  cores: number;
  /** Discord messages over its global 50 a second: no instance count can beat it. */
  discordFloorSeconds: number;
  runs: DigestRun[];
  /** True when every run delivered exactly one digest per subscription. */
  exact: boolean;
}

// 12:00 UTC on the synthetic stream's last day: "hourly" in UTC, and daily digests at the local time of that
// instant in three zones (winter time: Berlin +1, New York -5, Tokyo +9), are all due in this one minute.
const SLOT_MS = Date.UTC(2024, 11, 31, 12, 0);
const SCHEDULES = [
  { schedule: "hourly", timeZone: "UTC" },
  { schedule: "daily 12:00", timeZone: "UTC" },
  { schedule: "daily 13:00", timeZone: "Europe/Berlin" },
  { schedule: "daily 07:00", timeZone: "America/New_York" },
  { schedule: "daily 21:00", timeZone: "Asia/Tokyo" },
];
const DISCORD_GLOBAL_PER_SECOND = 50;
const FIRST_DISCORD_CHANNEL = 800000000000000000n;
/** A run that takes longer than this is stuck: its workers are killed and the run fails. */
const RUN_TIMEOUT_MS = 30 * 60_000;

interface Target {
  subscription: Subscription;
  platform: "slack" | "discord";
  /** The Slack channel id or the Discord channel id. */
  channelId: string;
}

export async function runDigestsBench(options: DigestsBenchOptions = {}): Promise<DigestsBenchResult> {
  const subscriptions = options.subscriptions ?? 10_000;
  const platform = options.platform ?? "both";
  const articles = options.articles ?? 3_000;
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-digests-bench-"));
  try {
    const { path: template, topics } = await buildLibrary(dir, articles);
    const targets = makeTargets(subscriptions, platform, topics);
    const runs: DigestRun[] = [];
    for (const instances of options.instances ?? [1, 3]) {
      // Each run gets its own copy: the library caches briefings in its file, and a warm cache would flatter the second run.
      const library = join(dir, `library-${runs.length}.db`);
      copyFileSync(template, library);
      runs.push(await runOnce(targets, instances, library, options.concurrency));
    }
    const discordMessages = targets.filter((t) => t.platform === "discord").length;
    return {
      subscriptions,
      articles,
      platform,
      slotUtc: new Date(SLOT_MS).toISOString(),
      cores: cpus().length,
      discordFloorSeconds: discordMessages / DISCORD_GLOBAL_PER_SECOND,
      runs,
      exact: runs.every((run) => run.problems.length === 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Synthetic articles re-timed into the 50 minutes before the slot, so hourly and daily digests both have news. */
async function buildLibrary(dir: string, articles: number): Promise<{ path: string; topics: string[] }> {
  const news = syntheticNews(articles);
  const path = join(dir, "template.db");
  const store = new SqliteStore({ path, now: () => new Date(SLOT_MS - 60_000) });
  const start = SLOT_MS - 50 * 60_000;
  const step = (49 * 60_000) / Math.max(1, articles);
  let index = 0;
  for (const batch of news.batches(200)) {
    for (const { input } of batch) {
      // In place: a re-sent article shares its article object with the original, and keeps its time.
      const published = new Date(start + Math.floor(index++ * step)).toISOString();
      input.published = published;
      if (input.article.source) input.article.source.published = published;
    }
    await store.putArticles(batch.map((a) => a.input));
  }
  await store.close();
  return { path, topics: news.topics.map((topic) => topic.keywords[0] ?? topic.place) };
}

function makeTargets(count: number, platform: DigestPlatform, topics: string[]): Target[] {
  return Array.from({ length: count }, (_, i) => {
    const on = platform === "both" ? (i % 2 === 0 ? "slack" : "discord") : platform;
    const channelId = on === "slack" ? `C${i}` : String(FIRST_DISCORD_CHANNEL + BigInt(i));
    const subscription: Subscription = {
      id: `b${i}`,
      channel: on === "slack" ? `slack:T1:${channelId}` : `discord:${channelId}`,
      topic: topics[i % topics.length] ?? "news",
      include: [],
      exclude: [],
      ...SCHEDULES[i % SCHEDULES.length]!,
      maxStories: 5,
      // Every subscription posts, with news or without, so the count to check is exactly N.
      postWhenEmpty: true,
      origin: "chat",
      createdAt: "2024-12-01T00:00:00.000Z",
    };
    return { subscription, platform: on, channelId };
  });
}

async function runOnce(targets: Target[], instances: number, library: string, concurrency: number | undefined): Promise<DigestRun> {
  const schema = await createTestSchema();
  const slack = await FakeSlack.start({ postRateLimit: { perSecond: 1, burst: 3 } });
  const discord = await FakeDiscord.start({
    channels: targets.filter((t) => t.platform === "discord").map((t) => t.channelId),
    channelRateLimit: { limit: 5, windowMs: 5_000 },
    globalRateLimit: { perSecond: DISCORD_GLOBAL_PER_SECOND },
  });
  const store = new PostgresDigestStore({ connectionString: TEST_DATABASE_URL, schema: schema.schema });
  try {
    await runLimited(targets, 10, (t) => store.putSubscription(t.subscription));
    const loadBefore = loadavg()[0] ?? 0;
    const env = {
      NB_DATABASE_URL: TEST_DATABASE_URL,
      NB_SCHEMA: schema.schema,
      NB_LIBRARY: library,
      // The workers' clock starts 30 s after the slot and runs in real time from here.
      NB_NOW: new Date(SLOT_MS + 30_000).toISOString(),
      NB_EPOCH: String(Date.now()),
      NB_SLACK_API: slack.apiUrl,
      NB_DISCORD_API: discord.apiUrl,
      NB_PROFILE: "1",
      // Configured as the docs say for N instances on one bot token: each takes 50/N of Discord's global limit.
      NB_DISCORD_GLOBAL_PER_SECOND: String(Math.floor(50 / instances)),
      ...(concurrency === undefined ? {} : { NB_CONCURRENCY: String(concurrency) }),
    };
    const started = performance.now();
    const workers = Array.from({ length: instances }, () => startWorker(env));
    const exitCodes = await withTimeout(workers);
    const wallSeconds = (performance.now() - started) / 1000;
    const run: DigestRun = {
      instances,
      wallSeconds: round(wallSeconds),
      deliveriesPerSecond: round(targets.length / wallSeconds),
      slack: { messages: 0, requests: slack.requests.length, http429: slack.requests.filter((r) => r.status === 429).length },
      discord: {
        messages: 0,
        requests: discord.requests.length,
        http429Global: discord.requests.filter((r) => r.rateLimitScope === "global").length,
        http429Channel: discord.requests.filter((r) => r.status === 429 && r.rateLimitScope !== "global").length,
      },
      workers: { exitCodes, ...sumReports(workers) },
      profiles: workers.flatMap((w) => w.output().split("\n").filter((line) => line.startsWith('{"worker"')).map((line) => (JSON.parse(line) as { worker: WorkerProfile }).worker)),
      withStories: 0,
      problems: [],
      load: { before: round(loadBefore), after: round(loadavg()[0] ?? 0) },
    };
    await checkDeliveries(run, targets, schema.schema, slack, discord);
    if (exitCodes.some((code) => code !== 0)) run.problems.push(`worker exit codes ${JSON.stringify(exitCodes)}:\n${workers.map((w) => w.output().slice(-2_000)).join("\n")}`);
    return run;
  } finally {
    await store.close();
    await Promise.all([slack.close(), discord.close()]);
    await schema.drop();
  }
}

/** Waits for every worker; past the time limit kills the ones still running (by their own pid). */
async function withTimeout(workers: Worker[]): Promise<Array<number | null>> {
  const timer = setTimeout(() => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
  }, RUN_TIMEOUT_MS);
  try {
    return await Promise.all(workers.map((w) => w.exited));
  } finally {
    clearTimeout(timer);
  }
}

/** The workers print one JSON tick report a line; everything else they print is a log line. */
function sumReports(workers: Worker[]): Omit<DigestRun["workers"], "exitCodes"> {
  const sum = { ticks: 0, delivered: 0, recovered: 0, skipped: 0, taken: 0, released: 0, errors: 0 };
  for (const worker of workers) {
    for (const line of worker.output().split("\n")) {
      if (!line.startsWith('{"due"')) continue;
      const report = JSON.parse(line) as Record<string, number>;
      sum.ticks++;
      for (const key of ["delivered", "recovered", "skipped", "taken", "released", "errors"] as const) sum[key] += report[key] ?? 0;
    }
  }
  return sum;
}

/**
 * The outcome, from the fakes and the ledger: each channel holds exactly one message, and it is the first part
 * of the slot's delivery key; the ledger has one settled, delivered row per subscription; nothing else was posted.
 */
async function checkDeliveries(run: DigestRun, targets: Target[], schema: string, slack: FakeSlack, discord: FakeDiscord): Promise<void> {
  const { rows } = await adminQuery(`SELECT key, subscription_id, status FROM ${schema}.digest_deliveries`);
  const ledger = new Map<string, { key: string; status: string }>();
  for (const row of rows as Array<{ key: string; subscription_id: string; status: string }>) {
    if (ledger.has(row.subscription_id)) run.problems.push(`${row.subscription_id}: more than one ledger row`);
    ledger.set(row.subscription_id, row);
  }
  if (rows.length !== targets.length) run.problems.push(`ledger has ${rows.length} rows for ${targets.length} subscriptions`);
  const wrong: string[] = [];
  for (const target of targets) {
    const { id } = target.subscription;
    const entry = ledger.get(id);
    if (entry?.status !== "delivered") wrong.push(`${id}: ledger ${entry?.status ?? "missing"}`);
    if (target.platform === "slack") {
      const messages = slack.messages(target.channelId);
      run.slack.messages += messages.length;
      const key = messages[0]?.metadata?.event_payload.delivery_key;
      if (messages.length !== 1 || key !== entry?.key) wrong.push(`${id}: ${messages.length} Slack messages, key ${String(key)}`);
      if (messages.some((m) => JSON.stringify(m.blocks).includes(" new stor"))) run.withStories++;
    } else {
      const messages = discord.messages(target.channelId);
      run.discord.messages += messages.length;
      if (messages.length !== 1 || entry === undefined || messages[0]?.nonce !== deliveryNonce(entry.key, 1)) wrong.push(`${id}: ${messages.length} Discord messages`);
      if (messages.some((m) => JSON.stringify(m.message).includes(" new stor"))) run.withStories++;
    }
  }
  if (wrong.length > 0) run.problems.push(`${wrong.length} subscriptions without exactly one digest, e.g. ${wrong.slice(0, 5).join("; ")}`);
  const total = run.slack.messages + run.discord.messages;
  if (total !== targets.length) run.problems.push(`${total} messages posted for ${targets.length} subscriptions`);
  const delivered = run.workers.delivered + run.workers.recovered;
  if (delivered !== targets.length) run.problems.push(`workers reported ${delivered} deliveries for ${targets.length} subscriptions`);
}

export function printDigests(result: DigestsBenchResult): void {
  const n = result.subscriptions.toLocaleString("en");
  console.log(`\nDigests: ${n} subscriptions due at ${result.slotUtc} (${result.platform}), library of ${result.articles.toLocaleString("en")} articles, ${result.cores} cores`);
  console.log(`  fakes: Slack 1 post/s per channel (burst 3); Discord 5 per 5 s per channel and ${DISCORD_GLOBAL_PER_SECOND}/s per bot token`);
  if (result.discordFloorSeconds > 0) console.log(`  floor from Discord's global limit: ${result.discordFloorSeconds.toFixed(0)} s whatever the instance count`);
  const base = result.runs[0];
  for (const run of result.runs) {
    const speedup = base && run !== base ? `  (${(base.wallSeconds / run.wallSeconds).toFixed(2)}x the ${base.instances}-instance baseline)` : "  (baseline)";
    console.log(`  ${run.instances} instance${run.instances === 1 ? " " : "s"}: ${run.wallSeconds.toFixed(1)} s, ${run.deliveriesPerSecond.toFixed(1)} deliveries/s${speedup}, load ${run.load.before} -> ${run.load.after}`);
    console.log(`      Slack ${run.slack.messages} messages (${run.slack.http429} x 429); Discord ${run.discord.messages} messages (${run.discord.http429Global} global 429, ${run.discord.http429Channel} channel 429, ${run.discord.requests} requests)`);
    const w = run.workers;
    console.log(`      workers: ${w.ticks} ticks, delivered ${w.delivered}, recovered ${w.recovered}, taken ${w.taken}, released ${w.released}, errors ${w.errors}; ${run.withStories} digests with stories`);
    for (const p of run.profiles) {
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(`      worker: start-up ${s(p.startupMs)}, ticking ${s(p.tickingMs)}, CPU ${s(p.cpuMs)}, peak RSS ${p.maxRssMb} MB; in calls (summed over concurrent ones): library ${s(p.callMs.library)}, ledger ${s(p.callMs.store)}, post ${s(p.callMs.post)}`);
    }
    console.log(`      check: ${run.problems.length === 0 ? `OK, exactly ${n} digests, one per channel, every ledger key delivered` : `FAILED\n        ${run.problems.join("\n        ")}`}`);
  }
}

/** `--subscriptions N --instances 1,3 --platform both --articles N --concurrency N`; other arguments are ignored. */
export function digestsOptions(args: string[]): DigestsBenchOptions {
  const { values } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    options: { subscriptions: { type: "string" }, instances: { type: "string" }, platform: { type: "string" }, articles: { type: "string" }, concurrency: { type: "string" } },
  });
  const number = (value: unknown) => (typeof value === "string" ? Number(value) : undefined);
  const platform = values.platform;
  if (platform !== undefined && platform !== "slack" && platform !== "discord" && platform !== "both") throw new Error(`--platform must be slack, discord or both`);
  const options: DigestsBenchOptions = {};
  const subscriptions = number(values.subscriptions);
  if (subscriptions !== undefined) options.subscriptions = subscriptions;
  if (typeof values.instances === "string") options.instances = values.instances.split(",").map(Number);
  if (platform !== undefined) options.platform = platform;
  const articles = number(values.articles);
  if (articles !== undefined) options.articles = articles;
  const concurrency = number(values.concurrency);
  if (concurrency !== undefined) options.concurrency = concurrency;
  return options;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runDigestsBench(digestsOptions(process.argv.slice(2)));
  printDigests(result);
  // A wrong count is a bug, not a slow run: fail the command.
  if (!result.exact) process.exitCode = 1;
}
