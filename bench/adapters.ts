// Command-to-message latency through the real Slack and Discord libraries and the local fakes:
// `/brief <topic>` on a synthetic library (default 100,000 articles), p50/p95, beside the bare command handler
// in the same process (the baseline: everything but the platform round trip).
// Run alone: npx tsx bench/adapters.ts [--articles N] [--queries N]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fetchArticle } from "../src/articles/fetch-article.js";
import type { CommandHandler } from "../src/chat/chat-adapter.js";
import { createCommandHandler } from "../src/commands/handle-command.js";
import { SqliteStore } from "../src/library/sqlite/sqlite-store.js";
import { startSlackRig } from "../test/adapters/slack/slack-rig.js";
import { discordHarness } from "../test/adapters/discord/harness.js";
import { latency, type Latency } from "./library/percentiles.js";
import { syntheticNews } from "./library/synthetic-news.js";

export interface AdaptersBenchResult {
  articles: number;
  queries: number;
  handler: Latency;
  slack: { ack: Latency; message: Latency };
  discord: { message: Latency };
}

async function buildLibrary(dir: string, articles: number): Promise<{ store: SqliteStore; topics: string[] }> {
  const news = syntheticNews(articles);
  const now = new Date(news.endMs);
  const store = new SqliteStore({ path: join(dir, "bench.db"), now: () => now });
  for (const batch of news.batches(200)) await store.putArticles(batch.map((a) => a.input));
  const topics = news.topics.flatMap((topic) => [topic.keywords[0] ?? "", `${topic.place} ${topic.keywords[1] ?? ""}`.trim()]).filter(Boolean);
  return { store, topics };
}

async function timed(times: number[], run: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await run();
  times.push(performance.now() - t0);
}

export async function runAdaptersBench(options: { articles?: number; queries?: number } = {}): Promise<AdaptersBenchResult> {
  const articles = options.articles ?? 100_000;
  const queries = options.queries ?? 200;
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-adapters-bench-"));
  const { store, topics } = await buildLibrary(dir, articles);
  const deps = { store, now: () => new Date(), fetchArticle: (url: string) => fetchArticle(url, { allow: [] }) };
  const handler: CommandHandler = createCommandHandler(deps);
  const topicAt = (i: number) => topics[i % topics.length] ?? "news";

  // Warm the briefing cache and the JIT the way a running bot is warm, then measure each path on the same queries.
  for (let i = 0; i < Math.min(queries, topics.length * 2); i++) await handler({ name: "brief", argument: topicAt(i), channel: "bench:warm", userId: "u" });

  const handlerTimes: number[] = [];
  for (let i = 0; i < queries; i++) await timed(handlerTimes, () => handler({ name: "brief", argument: topicAt(i), channel: "bench:h", userId: "u" }));

  const slack = await startSlackRig(handler);
  const ackTimes: number[] = [];
  const slackTimes: number[] = [];
  for (let i = 0; i < queries; i++) {
    const t0 = performance.now();
    const { responseId } = await slack.command("/brief", topicAt(i));
    ackTimes.push(performance.now() - t0);
    while (slack.fake.responses(responseId).length === 0) await new Promise((resolve) => setImmediate(resolve));
    slackTimes.push(performance.now() - t0);
  }
  await slack.close();

  const discord = await discordHarness(handler);
  const discordTimes: number[] = [];
  for (let i = 0; i < queries; i++) await timed(discordTimes, () => discord.send("brief", topicAt(i)));
  await discord.close();

  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    articles,
    queries,
    handler: latency(handlerTimes),
    slack: { ack: latency(ackTimes), message: latency(slackTimes) },
    discord: { message: latency(discordTimes) },
  };
}

export function printAdapters(result: AdaptersBenchResult): void {
  const row = (name: string, l: Latency) => `  ${name.padEnd(44)} p50 ${l.p50.toFixed(1).padStart(6)} ms   p95 ${l.p95.toFixed(1).padStart(6)} ms`;
  console.log(`\n/brief <topic> latency (${result.queries} queries, ${result.articles.toLocaleString("en")}-article library; target p95 <= 150 ms)`);
  console.log(row("baseline: command handler alone", result.handler));
  console.log(row("Slack: signed slash command -> ack", result.slack.ack));
  console.log(row("Slack: command -> response_url message", result.slack.message));
  console.log(row("Discord: INTERACTION_CREATE -> edited reply", result.discord.message));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: "string" }, queries: { type: "string" } } });
  printAdapters(
    await runAdaptersBench({
      ...(values.articles ? { articles: Number(values.articles) } : {}),
      ...(values.queries ? { queries: Number(values.queries) } : {}),
    }),
  );
}
