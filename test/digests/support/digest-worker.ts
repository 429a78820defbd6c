// One bot instance's digest side as a real child process, for the multi-process tests and the digest benchmark:
// the real runner, the PostgreSQL ledger and the real Slack / Discord adapters posting to local fakes. The clock
// is the test's: NB_NOW plus the real time elapsed since NB_EPOCH, the same in every worker, so leases lapse
// as they would in production while the slot stays fixed. It ticks until nothing is due, printing each report.
import { createDiscordAdapter } from "../../../adapters/discord/index.js";
import { createSlackAdapter, NO_RETRY_POLICY } from "../../../adapters/slack/index.js";
import type { ChatAdapter } from "../../../src/chat/chat-adapter.js";
import { DigestOutlets } from "../../../src/digests/digest-outlets.js";
import { DigestRunner } from "../../../src/digests/digest-runner.js";
import { PostgresDigestStore } from "../../../src/digests/postgres/postgres-digest-store.js";
import { SqliteStore } from "../../../src/library/sqlite/sqlite-store.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`digest worker: ${name} is not set`);
  return value;
};

const base = Date.parse(env("NB_NOW"));
const epoch = Number(env("NB_EPOCH"));
const now = (): Date => new Date(base + (Date.now() - epoch));

const adapters: ChatAdapter[] = [];
if (process.env["NB_SLACK_API"]) {
  adapters.push(createSlackAdapter({ botToken: "xoxb-worker", signingSecret: "unused", apiUrl: process.env["NB_SLACK_API"], retry: NO_RETRY_POLICY, logLevel: "error" }));
}
if (process.env["NB_DISCORD_API"]) {
  adapters.push(createDiscordAdapter({ token: "worker-token", applicationId: "1", apiUrl: process.env["NB_DISCORD_API"], retries: 0, log: () => undefined }));
}

const store = new PostgresDigestStore({ connectionString: env("NB_DATABASE_URL"), schema: env("NB_SCHEMA"), maxConnections: 8 });
const library = new SqliteStore({ path: env("NB_LIBRARY"), now });
const runner = new DigestRunner({
  store,
  library,
  outlets: new DigestOutlets(adapters),
  now,
  leaseMs: Number(process.env["NB_LEASE_MS"] ?? 120_000),
  concurrency: Number(process.env["NB_CONCURRENCY"] ?? 16),
  retryDelayMs: 200,
  log: (line) => process.stderr.write(`${line}\n`),
});

for (;;) {
  const report = await runner.tick(now());
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (report.due === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
await store.close();
await library.close();
await Promise.all(adapters.map((adapter) => adapter.stop()));
