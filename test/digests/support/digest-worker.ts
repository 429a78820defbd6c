// One bot instance's digest side as a real child process, for the multi-process tests and the digest benchmark:
// the real runner, the PostgreSQL ledger and the real Slack / Discord adapters posting to local fakes. The clock
// is the test's: NB_NOW plus the real time elapsed since NB_EPOCH, the same in every worker, so leases lapse
// as they would in production while the slot stays fixed. It ticks until nothing is due, printing each report.
// With NB_PROFILE set it also prints, last, where its time went (for bench/digests.ts).
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

const profile = process.env["NB_PROFILE"] ? { library: 0, store: 0, post: 0 } : undefined;
/**
 * `target` with the time its promise-returning methods take added to `profile[bucket]` (summed over calls in
 * flight together, so a share of the wall time only when concurrency is 1). Without NB_PROFILE, `target` itself.
 */
function timed<T extends object>(target: T, bucket: keyof NonNullable<typeof profile>): T {
  if (profile === undefined) return target;
  return new Proxy(target, {
    get(object, name) {
      const value: unknown = Reflect.get(object, name, object);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const started = performance.now();
        const result: unknown = Reflect.apply(value, object, args);
        if (!(result instanceof Promise)) return result;
        return result.finally(() => (profile[bucket] += performance.now() - started));
      };
    },
  });
}

const adapters: ChatAdapter[] = [];
if (process.env["NB_SLACK_API"]) {
  adapters.push(createSlackAdapter({ botToken: "xoxb-worker", signingSecret: "unused", apiUrl: process.env["NB_SLACK_API"], retry: NO_RETRY_POLICY, logLevel: "error" }));
}
if (process.env["NB_DISCORD_API"]) {
  // Each instance's share of the bot's global limit, as DISCORD_GLOBAL_REQUESTS_PER_SECOND sets it in production.
  const share = process.env["NB_DISCORD_GLOBAL_PER_SECOND"];
  adapters.push(
    createDiscordAdapter({
      token: "worker-token",
      applicationId: "1",
      apiUrl: process.env["NB_DISCORD_API"],
      retries: 0,
      log: () => undefined,
      ...(share === undefined ? {} : { globalRequestsPerSecond: Number(share) }),
    }),
  );
}

const store = new PostgresDigestStore({ connectionString: env("NB_DATABASE_URL"), schema: env("NB_SCHEMA"), maxConnections: 8 });
const library = new SqliteStore({ path: env("NB_LIBRARY"), now });
const runner = new DigestRunner({
  store: timed(store, "store"),
  library: timed(library, "library"),
  outlets: new DigestOutlets(adapters.map((adapter) => timed(adapter, "post"))),
  now,
  leaseMs: Number(process.env["NB_LEASE_MS"] ?? 120_000),
  concurrency: Number(process.env["NB_CONCURRENCY"] ?? 16),
  retryDelayMs: 200,
  log: (line) => process.stderr.write(`${line}\n`),
});

const firstTickMs = performance.now();
for (;;) {
  const report = await runner.tick(now());
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (report.due === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (profile !== undefined) {
  // Start-up (tsx, the SDKs, the connections) is before the first tick; CPU time says whether it was CPU-bound.
  const cpu = process.cpuUsage();
  const ms = (value: number) => Math.round(value);
  const worker = {
    startupMs: ms(firstTickMs),
    tickingMs: ms(performance.now() - firstTickMs),
    cpuMs: ms((cpu.user + cpu.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    callMs: { library: ms(profile.library), store: ms(profile.store), post: ms(profile.post) },
  };
  process.stdout.write(`${JSON.stringify({ worker })}\n`);
}
await store.close();
await library.close();
await Promise.all(adapters.map((adapter) => adapter.stop()));
