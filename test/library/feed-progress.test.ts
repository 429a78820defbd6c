import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/library/sqlite/migrate.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { FeedPoller } from "../../src/sources/feeds/feed-poller.js";
import { FakeFeedServer } from "../fakes/feed-server.js";
import { ManualClock } from "../sources/manual-clock.js";
import { PAGE_HTML, rss } from "../sources/feeds/feed-fixtures.js";
import { localFetcher } from "../sources/feeds/poller-setup.js";

// FeedState.seenGuids and failures in the SQLite library (schema version 4): a restarted bot neither
// re-reads a feed's items (re-fetching their pages) nor forgets how far a failing feed has backed off.

let server: FakeFeedServer;
beforeAll(async () => {
  server = await FakeFeedServer.start();
});
afterAll(() => server.close());

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-feed-progress-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MINUTE = 60_000;
const URL_ = "https://feed.example/rss";
const open = () => new SqliteStore({ path: join(dir, "library.db") });
const pollerOn = (store: SqliteStore, clock: ManualClock) =>
  new FeedPoller({ store, clock, fetcher: localFetcher, policy: { allow: ["127.0.0.1"] }, defaultIntervalMs: 10 * MINUTE, backoff: { maxMs: 600 * MINUTE } });

describe("SqliteStore: feed progress", () => {
  it("keeps seen GUIDs and the failure streak across a reopen, and leaves out what was not given", async () => {
    let store = open();
    await store.setFeedState({ url: URL_, primed: true, seenGuids: ["a", "tag:x,2025:1", "quote\"and\\slash"], failures: 3 });
    await store.close();
    store = open();
    expect(await store.getFeedState(URL_)).toEqual({ url: URL_, primed: true, seenGuids: ["a", "tag:x,2025:1", "quote\"and\\slash"], failures: 3 });
    await store.setFeedState({ url: URL_, primed: true, seenGuids: [], failures: 0 });
    expect(await store.getFeedState(URL_)).toEqual({ url: URL_, primed: true, seenGuids: [], failures: 0 });
    await store.setFeedState({ url: URL_, primed: true }); // replaced whole
    expect(await store.getFeedState(URL_)).toEqual({ url: URL_, primed: true });
    await store.close();
  });

  it("upgrades a version-3 library: its feed state stays, without progress until the next poll", async () => {
    const path = join(dir, "library.db");
    const db = new Database(path);
    expect(migrate(db, 3)).toEqual([1, 2, 3]);
    db.prepare("INSERT INTO feed_state (url, etag, primed, next_poll_at) VALUES (?, ?, 1, ?)").run(URL_, '"v1"', "2025-03-10T12:00:00Z");
    db.close();
    const store = open();
    expect(await store.getFeedState(URL_)).toEqual({ url: URL_, etag: '"v1"', primed: true, nextPollAt: "2025-03-10T12:00:00Z" });
    await store.close();
  });
});

describe("FeedPoller on a restarted SqliteStore", () => {
  it("does not process the feed's items again after a restart", async () => {
    const entries = [1, 2].map((n) => ({ guid: `p${n}`, link: server.url(`/restart/page${n}`), title: `Item ${n}`, description: `Summary ${n}.` }));
    server.route("/restart/page1", { body: PAGE_HTML("Item 1", "First page.") }).route("/restart/page2", { body: PAGE_HTML("Item 2", "Second page.") });
    server.route("/restart.xml", { body: rss("Restart", entries) });
    const feed = { url: server.url("/restart.xml") };
    const clock = new ManualClock();

    let store = open();
    const first = await pollerOn(store, clock).poll(feed);
    expect(first.stored).toHaveLength(2);
    expect(first.pagesFetched).toBe(2);
    await store.close();

    // The bot restarts: a new store on the same file and a new poller with an empty memory.
    store = open();
    server.route("/restart.xml", { body: rss("Restart", [{ guid: "p3", link: server.url("/restart/page3"), title: "Item 3", description: "Summary 3." }, ...entries]) });
    server.route("/restart/page3", { body: PAGE_HTML("Item 3", "Third page.") });
    const second = await pollerOn(store, clock).poll(feed);
    expect(second).toMatchObject({ outcome: "updated", priming: false, pagesFetched: 1 });
    expect(second.stored).toHaveLength(1);
    expect(second.announced).toHaveLength(1);
    expect(server.requestsTo("/restart/page1")).toHaveLength(1);
    expect(server.requestsTo("/restart/page2")).toHaveLength(1);
    await store.close();
  });

  it("keeps backing off a failing feed after a restart, and resets the streak on success", async () => {
    server.route("/down.xml", { status: 500 });
    const feed = { url: server.url("/down.xml"), intervalMs: 10 * MINUTE };
    const clock = new ManualClock();
    const delay = (nextPollAt: string) => (Date.parse(nextPollAt) - clock.now()) / MINUTE;

    let store = open();
    let poller = pollerOn(store, clock);
    expect(delay((await poller.poll(feed)).nextPollAt)).toBe(20);
    expect(delay((await poller.poll(feed)).nextPollAt)).toBe(40);
    await store.close();

    store = open();
    poller = pollerOn(store, clock);
    expect(delay((await poller.poll(feed)).nextPollAt)).toBe(80); // the third failure in a row, not the first
    expect((await store.getFeedState(feed.url))?.failures).toBe(3);
    server.route("/down.xml", { body: rss("Back", []) });
    await poller.poll(feed);
    await store.close();

    store = open();
    expect((await store.getFeedState(feed.url))?.failures).toBe(0);
    await store.close();
  });
});
