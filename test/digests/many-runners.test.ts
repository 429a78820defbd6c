import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DigestOutlets } from "../../src/digests/digest-outlets.js";
import { DigestRunner } from "../../src/digests/digest-runner.js";
import { PostgresDigestStore } from "../../src/digests/postgres/postgres-digest-store.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { createTestSchema, postgresForTests, TEST_DATABASE_URL } from "../library/postgres-test-schema.js";
import { subscription } from "./digest-store-contract.js";
import { RecordingAdapter } from "./support/recording-adapter.js";

const SUBSCRIPTIONS = 200;
let schema: Awaited<ReturnType<typeof createTestSchema>>;

/** A seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe.runIf(await postgresForTests())("several runners on one PostgreSQL ledger", () => {
  beforeAll(async () => {
    schema = await createTestSchema();
  });
  afterAll(async () => schema.drop());

  it("200 subscriptions due at once, 3 instances, a flaky platform: every channel gets exactly one digest per slot", async () => {
    const now = new Date("2026-11-30T08:00:20Z");
    const stores = [0, 1, 2].map(() => new PostgresDigestStore({ connectionString: TEST_DATABASE_URL, schema: schema.schema, maxConnections: 4 }));
    const library = new SqliteStore({ path: ":memory:", now: () => now });
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      await stores[0]!.putSubscription(subscription({ id: `sub${i}`, channel: `slack:T1:C${i}`, schedule: i % 2 ? "hourly" : "daily 09:00", timeZone: i % 2 ? "UTC" : "Europe/Berlin", postWhenEmpty: true }));
    }
    // One platform shared by all instances. About one post in ten fails like a 5xx; another one in ten is
    // stored by the platform but the answer is lost (a timeout): the retry must find it, not post again.
    const platform = new RecordingAdapter("slack", () => now);
    const random = seeded(42);
    const flaky = Object.create(platform) as RecordingAdapter;
    flaky.post = async (channel, reply, options) => {
      const roll = random();
      if (roll < 0.1) throw new Error("HTTP 500");
      const posted = await platform.post(channel, reply, options);
      if (roll < 0.2) throw new Error("socket hang up");
      return posted;
    };
    const runners = stores.map(
      (store) =>
        new DigestRunner({ store, library, outlets: new DigestOutlets([flaky]), now: () => now, sleep: async () => undefined, attempts: 2, concurrency: 8, log: () => undefined }),
    );
    // Ticks until nothing is due: a slot released after failures goes to whichever instance ticks next.
    for (let round = 0; round < 10; round++) {
      const reports = await Promise.all(runners.map((runner) => runner.tick(now)));
      if (reports.every((report) => report.due === 0)) break;
    }
    const perChannel = new Map<string, number>();
    for (const post of platform.posts) perChannel.set(post.channel, (perChannel.get(post.channel) ?? 0) + 1);
    expect(perChannel.size).toBe(SUBSCRIPTIONS);
    expect([...perChannel.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(platform.posts.map((p) => p.deliveryKey)).size).toBe(SUBSCRIPTIONS);
    await Promise.all(stores.map((store) => store.close()));
    await library.close();
  });
});
