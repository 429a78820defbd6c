import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PostgresDigestStore } from "../../src/digests/postgres/postgres-digest-store.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { FakeDiscord } from "../fakes/fake-discord.js";
import { FakeSlack } from "../fakes/fake-slack.js";
import { evacuationStory, NOW } from "../library/fixtures/topic-articles.js";
import { createTestSchema, postgresForTests, TEST_DATABASE_URL } from "../library/postgres-test-schema.js";
import { subscription } from "./digest-store-contract.js";
import { startWorker, until, type WorkerEnv } from "./support/worker-process.js";

// Real bot processes (the runner, the PostgreSQL ledger, the real Bolt and discord.js clients) against the fake
// platforms, killed and restarted for real. Their clock is the fixtures' "now" plus real elapsed time.
const SLOT_TIME = new Date(NOW.getTime() + 30_000).toISOString();

describe.runIf(await postgresForTests())("digests across real processes on one PostgreSQL", () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let store: PostgresDigestStore;
  let libraryPath: string;
  beforeEach(async () => {
    schema = await createTestSchema();
    store = new PostgresDigestStore({ connectionString: TEST_DATABASE_URL, schema: schema.schema });
    libraryPath = join(mkdtempSync(join(tmpdir(), "nb-workers-")), "newsbrief.db");
    const library = new SqliteStore({ path: libraryPath, now: () => NOW });
    await library.putArticles(evacuationStory);
    await library.close();
  });
  afterEach(async () => {
    await store.close();
    await schema.drop();
  });

  const workerEnv = (extra: Partial<WorkerEnv>): WorkerEnv => ({
    NB_DATABASE_URL: TEST_DATABASE_URL,
    NB_SCHEMA: schema.schema,
    NB_LIBRARY: libraryPath,
    NB_NOW: SLOT_TIME,
    NB_EPOCH: String(Date.now()),
    ...extra,
  });

  it("SIGKILL between the platform accepting a digest and the record: after a restart each channel has it exactly once", async () => {
    const slack = await FakeSlack.start();
    const channels = ["C1", "C2", "C3"];
    for (const [i, channel] of channels.entries()) {
      // Daily: the digest covers the day before, when the fixtures' story broke.
      await store.putSubscription(subscription({ id: `k${i}`, channel: `slack:T1:${channel}`, schedule: "daily 12:00", timeZone: "UTC", createdAt: "2025-01-01T00:00:00Z" }));
    }
    const env = workerEnv({ NB_SLACK_API: slack.apiUrl, NB_LEASE_MS: "1500", NB_CONCURRENCY: "1" });
    slack.holdPostAnswers();
    const first = startWorker(env);
    const posted = () => channels.reduce((n, c) => n + slack.messages(c).length, 0);
    await until(() => posted() === 1, 30_000, "the first post to reach the fake");
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    slack.releaseHeld();

    const second = startWorker(env);
    expect(await second.exited).toBe(0);
    for (const channel of channels) expect(slack.messages(channel), `${channel}\n${second.output()}`).toHaveLength(1);
    const keys = channels.map((_, i) => `k${i}@2025-03-10T12:00@UTC`);
    expect(await store.settledSlots(keys)).toEqual(new Set(keys));
    expect(second.output()).toContain('"recovered":1');
    // The digest carries the story, with a quote and its speaker.
    expect(JSON.stringify(slack.messages("C1")[0])).toContain("Afghanistan evacuations");
    await slack.close();
  }, 60_000);

  it.each([2, 3])("%i processes, 200 subscriptions due at once on Slack and Discord, a flaky platform: exactly one digest per channel", async (instances) => {
    const discordChannels = Array.from({ length: 100 }, (_, i) => String(700000000000000000n + BigInt(i)));
    const chaos = { seed: instances, rate429: 0.05, rate500: 0.05, rate500AfterCommit: 0.05 };
    const slack = await FakeSlack.start({ chaos });
    const discord = await FakeDiscord.start({ channels: discordChannels, chaos: { ...chaos, retryAfterSeconds: 0.2 } });
    for (let i = 0; i < 100; i++) {
      const common = { schedule: i % 2 ? "hourly" : "daily 13:00", timeZone: i % 2 ? "UTC" : "Europe/Berlin", createdAt: "2025-01-01T00:00:00Z", postWhenEmpty: true };
      await store.putSubscription(subscription({ ...common, id: `s${i}`, channel: `slack:T1:CH${i}` }));
      await store.putSubscription(subscription({ ...common, id: `d${i}`, channel: `discord:${discordChannels[i]}` }));
    }
    const env = workerEnv({ NB_SLACK_API: slack.apiUrl, NB_DISCORD_API: discord.apiUrl, NB_LEASE_MS: "3000", NB_CONCURRENCY: "8" });
    const workers = Array.from({ length: instances }, () => startWorker(env));
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.output()).join("\n")).toEqual(workers.map(() => 0));
    for (let i = 0; i < 100; i++) {
      expect(slack.messages(`CH${i}`), `CH${i}`).toHaveLength(1);
      expect(discord.messages(discordChannels[i]!), `discord ${i}`).toHaveLength(1);
    }
    await Promise.all([slack.close(), discord.close()]);
  }, 120_000);
});
