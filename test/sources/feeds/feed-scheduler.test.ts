import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PutResult } from "../../../src/library/store.js";
import { SqliteStore } from "../../../src/library/sqlite/sqlite-store.js";
import type { FeedConfig, FeedPollResult } from "../../../src/sources/feeds/feed-poller.js";
import { FeedScheduler, type FeedPolling } from "../../../src/sources/feeds/feed-scheduler.js";
import { FakeFeedServer } from "../../fakes/feed-server.js";
import { ManualClock } from "../manual-clock.js";
import { LONG_BODY, rss } from "./feed-fixtures.js";
import { pollerRig } from "./poller-setup.js";

const MINUTE = 60_000;
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A poller double: each poll waits until the test releases it, and is recorded. */
class GatedPoller implements FeedPolling {
  readonly started: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly #gates: (() => void)[] = [];

  constructor(
    private readonly clock: ManualClock,
    private readonly announce: (url: string) => PutResult[] = () => [],
  ) {}

  intervalOf(feed: FeedConfig): number {
    return feed.intervalMs ?? 15 * MINUTE;
  }

  async poll(feed: FeedConfig): Promise<FeedPollResult> {
    this.started.push(feed.url);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise<void>((resolve) => this.#gates.push(resolve));
    this.inFlight--;
    const announced = this.announce(feed.url);
    const nextPollAt = new Date(this.clock.now() + this.intervalOf(feed)).toISOString();
    return { url: feed.url, outcome: "updated", priming: false, items: 0, stored: announced, announced, itemProblems: [], pagesFetched: 0, nextPollAt };
  }

  async releaseAll(): Promise<void> {
    for (let round = 0; round < 10 && (this.#gates.length > 0 || round === 0); round++) {
      for (const release of this.#gates.splice(0)) release();
      await flush();
    }
  }
}

describe("FeedScheduler", () => {
  it("polls due feeds with limited concurrency, then each on its own interval, until stopped", async () => {
    const clock = new ManualClock();
    const store = new SqliteStore({ path: ":memory:" });
    const poller = new GatedPoller(clock);
    const feeds = ["a", "b", "c", "d", "e"].map((name, i) => ({ url: `http://feeds.test/${name}`, intervalMs: (i + 1) * 10 * MINUTE }));
    const scheduler = new FeedScheduler({ feeds, poller, store, clock, concurrency: 2 });
    await scheduler.start();
    expect(poller.started).toHaveLength(2);
    await poller.releaseAll();
    expect(poller.started).toHaveLength(5);
    expect(poller.maxInFlight).toBe(2);

    clock.advance(10 * MINUTE); // a is due again (10 min interval); b at 20 min
    await flush();
    expect(poller.started.slice(5)).toEqual(["http://feeds.test/a"]);
    await poller.releaseAll();
    clock.advance(10 * MINUTE);
    await flush();
    expect(poller.started.slice(6).sort()).toEqual(["http://feeds.test/a", "http://feeds.test/b"]);
    await poller.releaseAll();

    await scheduler.stop();
    clock.advance(120 * MINUTE);
    await flush();
    expect(poller.started).toHaveLength(8);
    expect(clock.pending()).toEqual([]);
  });

  it("starts from the stored next poll time, so a restart does not poll everything at once", async () => {
    const clock = new ManualClock();
    const store = new SqliteStore({ path: ":memory:" });
    await store.setFeedState({ url: "http://feeds.test/later", primed: true, nextPollAt: new Date(clock.now() + 5 * MINUTE).toISOString() });
    const poller = new GatedPoller(clock);
    const scheduler = new FeedScheduler({ feeds: [{ url: "http://feeds.test/later" }, { url: "http://feeds.test/now" }], poller, store, clock });
    await scheduler.start();
    expect(poller.started).toEqual(["http://feeds.test/now"]);
    await poller.releaseAll();
    clock.advance(5 * MINUTE);
    await flush();
    expect(poller.started).toEqual(["http://feeds.test/now", "http://feeds.test/later"]);
    await poller.releaseAll();
    await scheduler.stop();
  });

  it("hands announcements to onAnnounce, and stop() waits for polls in flight", async () => {
    const clock = new ManualClock();
    const put: PutResult = { articleId: "a1", storyId: "s1", isNew: true };
    const poller = new GatedPoller(clock, (url) => (url.endsWith("/news") ? [put] : []));
    const announced: [PutResult[], string][] = [];
    const scheduler = new FeedScheduler({
      feeds: [{ url: "http://feeds.test/news" }, { url: "http://feeds.test/quiet" }],
      poller,
      store: new SqliteStore({ path: ":memory:" }),
      clock,
      onAnnounce: (results, feed) => announced.push([results, feed.url]),
    });
    await scheduler.start();
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    await poller.releaseAll();
    await stopping;
    expect(announced).toEqual([[[put], "http://feeds.test/news"]]);
  });
});

describe("FeedScheduler with the real poller and a feed server", () => {
  let server: FakeFeedServer;
  beforeAll(async () => {
    server = await FakeFeedServer.start();
  });
  afterAll(() => server.close());

  it("runDue polls every due feed once; a feed that changed is announced on the next run", async () => {
    const { store, clock, poller } = pollerRig();
    const item = (n: number) => ({ guid: `n${n}`, link: server.url(`/s/${n}`), title: `Item ${n}`, description: "", content: `<p>${LONG_BODY.join("</p><p>")} ${n}</p>` });
    server.route("/x.xml", { body: rss("X", [item(1)]) }).route("/y.xml", { status: 500 });
    const scheduler = new FeedScheduler({ feeds: [{ url: server.url("/x.xml") }, { url: server.url("/y.xml") }], poller, store, clock });
    const first = await scheduler.runDue();
    expect(first.map((r) => r.outcome).sort()).toEqual(["failed", "updated"]);
    expect(await scheduler.runDue()).toEqual([]); // nothing is due yet

    server.route("/x.xml", { body: rss("X", [item(2), item(1)]) });
    clock.advance(10 * MINUTE);
    const second = await scheduler.runDue();
    expect(second.map((r) => [r.url, r.announced.length])).toEqual([[server.url("/x.xml"), 1]]); // y backs off to 20 min
  });
});
