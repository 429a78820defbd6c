import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { benningTrade, evacuationStory, NOW } from "./fixtures/topic-articles.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-store-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (path = join(dir, "library.db")) => new SqliteStore({ path, now: () => NOW });
const [first, second] = evacuationStory as [(typeof evacuationStory)[number], (typeof evacuationStory)[number]];

describe("SqliteStore: storage and dedupe", () => {
  it("creates its data folder on first run", async () => {
    const path = join(dir, "nested", "data", "newsbrief.db");
    const store = open(path);
    expect(existsSync(path)).toBe(true);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });

  it("stores an article once when it arrives through two feeds", async () => {
    const store = open();
    const a = await store.putArticle(first);
    const b = await store.putArticle({ ...first, sourceId: "https://aggregator.example/feed", guid: "other-guid" });
    expect(a.isNew).toBe(true);
    expect(b).toEqual({ articleId: a.articleId, storyId: a.storyId, isNew: false });
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it("stores an article once when its GUID changes, and once when its URL is re-fetched", async () => {
    const store = open();
    await store.putArticle({ ...first, guid: "guid-1" });
    expect((await store.putArticle({ ...first, guid: "guid-2" })).isNew).toBe(false);
    // Same URL (with tracking parameters and a fragment), edited text: still the article already stored.
    const edited = { ...first, article: { ...first.article, id: "0123456789abcdef", paragraphs: [...first.article.paragraphs, "Updated."] } };
    const refetch = await store.putArticle({ ...edited, url: `${first.url}?utm_source=rss#top` });
    expect(refetch.isNew).toBe(false);
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it("dedupes inside one batch too", async () => {
    const store = open();
    const results = await store.putArticles([first, { ...first, sourceId: "other" }, second]);
    expect(results.map((r) => r.isNew)).toEqual([true, false, true]);
    await store.close();
  });

  it("gives the article back as stored, with its content hash and story", async () => {
    const store = open();
    const { articleId, storyId } = await store.putArticle({ ...first, guid: "g-1" });
    const stored = await store.getArticle(articleId);
    expect(stored).toMatchObject({
      id: first.article.id,
      title: first.article.title,
      paragraphs: first.article.paragraphs,
      source: first.article.source,
      url: first.url,
      guid: "g-1",
      sourceId: first.sourceId,
      published: "2025-03-09T10:00:00.000Z",
      fetchedAt: NOW.toISOString(),
      storyId,
    });
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.contentHash.startsWith(first.article.id)).toBe(true);
    expect(await store.getArticle("nope")).toBeUndefined();
    await store.close();
  });

  it("keeps articles, stories and search after reopening", async () => {
    let store = open();
    const { storyId } = await store.putArticle(first);
    await store.close();
    store = open();
    expect(await store.countArticles()).toBe(1);
    expect((await store.getStory(storyId))?.articles).toHaveLength(1);
    expect((await store.search("Ramstein", { now: NOW }))[0]?.storyId).toBe(storyId);
    // Clustering still works across the reopen (the in-memory window is reloaded from the file).
    expect((await store.putArticle(second)).storyId).toBe(storyId);
    await store.close();
  });
});

describe("SqliteStore: state beside the library", () => {
  it("keeps channel context across a reopen", async () => {
    let store = open();
    await store.setChannelContext({ channel: "slack:T1:C1", storyId: "s-1", articleId: "a-1", briefingJson: '{"headline":"x"}', at: NOW.toISOString() });
    await store.setChannelContext({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
    await store.close();
    store = open();
    expect(await store.getChannelContext("slack:T1:C1")).toEqual({
      channel: "slack:T1:C1",
      storyId: "s-1",
      articleId: "a-1",
      briefingJson: '{"headline":"x"}',
      at: NOW.toISOString(),
    });
    expect(await store.getChannelContext("discord:9")).toEqual({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
    expect(await store.getChannelContext("console:local")).toBeUndefined();
    await store.close();
  });

  it("caches briefings by key and engine version", async () => {
    const store = open();
    await store.putCachedBriefing("hash-1", "1", '{"v":1}');
    expect(await store.getCachedBriefing("hash-1", "1")).toBe('{"v":1}');
    expect(await store.getCachedBriefing("hash-1", "2")).toBeUndefined();
    await store.putCachedBriefing("hash-1", "1", '{"v":"again"}');
    expect(await store.getCachedBriefing("hash-1", "1")).toBe('{"v":"again"}');
    await store.close();
  });

  it("keeps feed state", async () => {
    const store = open();
    expect(await store.getFeedState("https://feed.example/rss")).toBeUndefined();
    await store.setFeedState({ url: "https://feed.example/rss", primed: false });
    expect(await store.getFeedState("https://feed.example/rss")).toEqual({ url: "https://feed.example/rss", primed: false });
    const full = { url: "https://feed.example/rss", etag: '"abc"', lastModified: "Sun, 09 Mar 2025 10:00:00 GMT", primed: true, nextPollAt: "2025-03-10T12:15:00Z" };
    await store.setFeedState(full);
    expect(await store.getFeedState("https://feed.example/rss")).toEqual(full);
    await store.close();
  });

  it("reports each source's last success, last error and failure streak", async () => {
    const store = open();
    await store.recordSourceResult("https://a.example/rss", "feed", { ok: true, at: "2025-03-10T10:00:00Z", articles: 3 });
    await store.recordSourceResult("https://a.example/rss", "feed", { ok: false, at: "2025-03-10T11:00:00Z", error: "HTTP 500" });
    await store.recordSourceResult("https://a.example/rss", "feed", { ok: false, at: "2025-03-10T11:30:00Z", error: "timed out" });
    await store.recordSourceResult("briefings/inbox", "folder", { ok: true, at: "2025-03-10T11:00:00Z" });
    expect(await store.listSources()).toEqual([
      {
        sourceId: "briefings/inbox",
        kind: "folder",
        lastSuccess: "2025-03-10T11:00:00Z",
        consecutiveFailures: 0,
        articles: 0,
      },
      {
        sourceId: "https://a.example/rss",
        kind: "feed",
        lastSuccess: "2025-03-10T10:00:00Z",
        lastError: "timed out",
        lastErrorAt: "2025-03-10T11:30:00Z",
        consecutiveFailures: 2,
        articles: 3,
      },
    ]);
    await store.recordSourceResult("https://a.example/rss", "feed", { ok: true, at: "2025-03-10T12:00:00Z", articles: 2 });
    const [, feed] = await store.listSources();
    expect(feed).toMatchObject({ consecutiveFailures: 0, articles: 5, lastSuccess: "2025-03-10T12:00:00Z", lastError: "timed out" });
    await store.close();
  });

  it("shares one file between two processes' stores (the bot and the CLI), clustering across them", async () => {
    const bot = open();
    const cli = open();
    await bot.putArticle(benningTrade); // the bot's clustering window now holds that day
    const a = await cli.putArticle(first); // the CLI writes behind the bot's back
    await bot.putCachedBriefing("k", "1", "{}"); // interleaved single writes wait for the lock
    // The bot notices the foreign commit and reloads its window: the second source joins the CLI's story.
    const b = await bot.putArticle(second);
    expect(b.storyId).toBe(a.storyId);
    expect((await cli.getStory(a.storyId))?.sources.map((s) => s.name)).toEqual(["Capital Wire", "Rhine Post"]);
    await bot.close();
    await cli.close();
  });

  it("works in memory for tests", async () => {
    const store = new SqliteStore({ path: ":memory:", now: () => NOW });
    await store.putArticle(first);
    expect(await store.countArticles()).toBe(1);
    await store.close();
    await store.close(); // closing twice is harmless
  });
});
