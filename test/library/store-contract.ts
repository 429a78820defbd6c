import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleId } from "../../src/articles/normalise.js";
import type { LibraryStore, NewArticle } from "../../src/library/store.js";
import { benningTrade, evacuationStory, newArticle, NOW, refugeesCanada, topicArticles } from "./fixtures/topic-articles.js";

// The one behaviour every LibraryStore must have (store.ts), run against each implementation by its own
// *-contract.test.ts. Written from what callers rely on, never from how a store does it: only LibraryStore
// methods are used here, so SQLite and PostgreSQL answer the same questions the same way.

/** Opens a store on the current test's library; called again in one test, it opens the same library. */
export type OpenStore = (options: { now: () => Date }) => Promise<LibraryStore>;

export interface ContractOptions {
  /** Before each test: a fresh, empty library for `openStore` to open. */
  setup(): Promise<void>;
  /** After each test (every store it opened is closed by then): remove that library. */
  teardown(): Promise<void>;
  /** FeedState.seenGuids and failures are optional to persist; stores that do are held to a round trip. */
  persistsFeedProgress: boolean;
}

const [first, second, third] = evacuationStory as [NewArticle, NewArticle, NewArticle];
const everything = () => [...evacuationStory, benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)];
const clock = { now: () => NOW };

export function storeContract(name: string, openStore: OpenStore, options: ContractOptions): void {
  let opened: LibraryStore[] = [];
  const open = async () => {
    const store = await openStore(clock);
    opened.push(store);
    return store;
  };
  beforeEach(() => options.setup());
  afterEach(async () => {
    for (const store of opened) await store.close();
    opened = [];
    await options.teardown();
  });

  describe(`${name}: storage and dedupe`, () => {
    it("starts empty", async () => {
      const store = await open();
      expect(await store.countArticles()).toBe(0);
      expect(await store.getArticle("nope")).toBeUndefined();
      expect(await store.getStory("nope")).toBeUndefined();
      expect(await store.recentStories(5)).toEqual([]);
      expect(await store.search("afghanistan", { now: NOW })).toEqual([]);
      expect(await store.listSources()).toEqual([]);
      expect(await store.putArticles([])).toEqual([]);
    });

    it("stores an article once when it arrives through two feeds", async () => {
      const store = await open();
      const a = await store.putArticle(first);
      const b = await store.putArticle({ ...first, sourceId: "https://aggregator.example/feed", guid: "other-guid" });
      expect(a).toEqual({ articleId: first.article.id, storyId: expect.any(String), isNew: true });
      expect(b).toEqual({ articleId: a.articleId, storyId: a.storyId, isNew: false });
      expect(await store.countArticles()).toBe(1);
    });

    it("stores an article once when its GUID changes, and once when its URL is re-fetched with edits", async () => {
      const store = await open();
      await store.putArticle({ ...first, guid: "guid-1" });
      expect((await store.putArticle({ ...first, guid: "guid-2" })).isNew).toBe(false);
      const edited = { ...first, article: { ...first.article, id: "0123456789abcdef", paragraphs: [...first.article.paragraphs, "Updated."] } };
      expect((await store.putArticle({ ...edited, url: `${first.url}?utm_source=rss#top` })).isNew).toBe(false);
      // The same text under another id and no URL: the content hash finds it.
      expect((await store.putArticle({ ...first, url: undefined, article: { ...first.article, id: "ffffffffffffffff", source: { name: "Capital Wire" } } })).isNew).toBe(false);
      expect(await store.countArticles()).toBe(1);
    });

    it("dedupes inside one batch too, answering in input order", async () => {
      const store = await open();
      const results = await store.putArticles([first, { ...first, sourceId: "other" }, second]);
      expect(results.map((r) => [r.articleId, r.isNew])).toEqual([[first.article.id, true], [first.article.id, false], [second.article.id, true]]);
      expect(await store.countArticles()).toBe(2);
    });

    it("gives the article back as stored, with its content hash and story", async () => {
      const store = await open();
      const { articleId: id, storyId } = await store.putArticle({ ...first, guid: "g-1" });
      const stored = await store.getArticle(id);
      expect(stored).toEqual({
        id: first.article.id,
        title: first.article.title,
        paragraphs: first.article.paragraphs,
        source: first.article.source,
        url: first.url,
        guid: "g-1",
        sourceId: first.sourceId,
        published: "2025-03-09T10:00:00.000Z",
        fetchedAt: NOW.toISOString(),
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        storyId,
      });
      expect(stored?.contentHash.startsWith(first.article.id)).toBe(true);
    });

    it("leaves out what was not given, keeps bylines and truncation, dates undated articles now", async () => {
      const store = await open();
      const title = "Council approves new tram line";
      const paragraphs = ["The city council approved the tram line on Monday."];
      const bare: NewArticle = { article: { id: articleId(title, paragraphs), title, paragraphs, byline: "By A. Writer", truncated: true }, sourceId: "cli" };
      const { articleId: id } = await store.putArticle(bare);
      const stored = await store.getArticle(id);
      expect(stored).toMatchObject({ byline: "By A. Writer", truncated: true, published: NOW.toISOString(), paragraphs });
      for (const field of ["url", "guid", "source"]) expect(stored).not.toHaveProperty(field);
      const empty: NewArticle = { article: { id: articleId("", []), title: "", paragraphs: [] }, sourceId: "cli", published: "not a date" };
      const blank = await store.getArticle((await store.putArticle(empty)).articleId);
      expect(blank).toMatchObject({ title: "", paragraphs: [], published: NOW.toISOString() });
      expect(blank).not.toHaveProperty("truncated");
    });

    it("keeps articles, stories, search and state after reopening, and clusters across the reopen", async () => {
      let store = await open();
      const { storyId } = await store.putArticle(first);
      await store.putCachedBriefing("hash-1", "1", '{"v":1}');
      await store.setChannelContext({ channel: "slack:T1:C1", briefingJson: "{}", at: NOW.toISOString() });
      await store.close();
      store = await open();
      expect(await store.countArticles()).toBe(1);
      expect((await store.getStory(storyId))?.articles).toHaveLength(1);
      expect((await store.search("Ramstein", { now: NOW }))[0]?.storyId).toBe(storyId);
      expect(await store.getCachedBriefing("hash-1", "1")).toBe('{"v":1}');
      expect(await store.getChannelContext("slack:T1:C1")).toMatchObject({ briefingJson: "{}" });
      expect((await store.putArticle(second)).storyId).toBe(storyId);
    });

    it("closes twice harmlessly", async () => {
      const store = await open();
      await store.putArticle(first);
      await store.close();
      await store.close();
    });
  });

  describe(`${name}: stories`, () => {
    it("puts three sources' reports of one event in one story, naming every source", async () => {
      const store = await open();
      const results = await store.putArticles(evacuationStory);
      expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
      const story = await store.getStory(results[0]!.storyId);
      expect(story?.articles.map((a) => a.source?.name)).toEqual(["Capital Wire", "Rhine Post", "Daily Ledger"]);
      expect(story?.articles.map((a) => a.storyId)).toEqual(results.map((r) => r.storyId));
      expect(story?.sources.map((s) => s.name)).toEqual(["Capital Wire", "Rhine Post", "Daily Ledger"]);
      expect(story?.headline).toBe(first.article.title);
      expect(story?.updated).toBe("2025-03-09T16:45:00.000Z");
      const [hit] = await store.search("Ramstein evacuation", { now: NOW });
      expect(hit).toMatchObject({ storyId: results[0]!.storyId, sourceCount: 3, updated: "2025-03-09T16:45:00.000Z" });
    });

    it("names a story after the article that started it, whatever order the sources arrive in", async () => {
      const store = await open();
      const results = await store.putArticles([third, first, second]);
      expect(results.map((r) => r.storyId)).toEqual([`s-${third.article.id}`, `s-${third.article.id}`, `s-${third.article.id}`]);
      // Its articles are listed oldest first, and its update time is the newest publication.
      const story = await store.getStory(results[0]!.storyId);
      expect(story?.articles.map((a) => a.id)).toEqual([first.article.id, second.article.id, third.article.id]);
      expect(story?.updated).toBe("2025-03-09T16:45:00.000Z");
    });

    it("keeps unrelated articles apart, even sharing a name on the same day or a topic weeks apart", async () => {
      const store = await open();
      const event = await store.putArticles(evacuationStory);
      const others = await store.putArticles([benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)]);
      const ids = others.map((r) => r.storyId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(event[0]!.storyId);
    });

    it("joins a lightly edited copy to its original's story; a copy from the same publisher adds no source", async () => {
      const store = await open();
      const paragraphs = first.article.paragraphs.map((p, i) => (i === 3 ? p.replace("actions", "deeds") : p));
      const title = "Ramstein: US, Germany vow to continue Afghan evacuation flights";
      const copy = newArticle("Capital Wire", "https://capitalwire.example/rss", title, paragraphs, "2025-03-09T18:00:00Z");
      copy.article.id = articleId(title, paragraphs);
      const a = await store.putArticle(first);
      const b = await store.putArticle(copy);
      expect(b).toEqual({ articleId: copy.article.id, storyId: a.storyId, isNew: true });
      const [hit] = await store.search("Ramstein", { now: NOW });
      expect(hit).toMatchObject({ storyId: a.storyId, sourceCount: 1, updated: "2025-03-09T18:00:00.000Z" });
      expect((await store.getStory(a.storyId))?.sources.map((s) => s.name)).toEqual(["Capital Wire"]);
    });

    it("does not join the same event reported outside the time window", async () => {
      const store = await open();
      const a = await store.putArticle(first);
      const b = await store.putArticle({ ...second, published: "2025-03-20T10:00:00Z" });
      expect(b.storyId).not.toBe(a.storyId);
    });

    it("clusters across two stores on one library (the bot and the CLI)", async () => {
      const bot = await open();
      const cli = await open();
      await bot.putArticle(benningTrade); // the bot's clustering window now holds that day
      const a = await cli.putArticle(first); // the CLI writes behind the bot's back
      await bot.putCachedBriefing("k", "1", "{}");
      const b = await bot.putArticle(second);
      expect(b.storyId).toBe(a.storyId);
      expect((await cli.getStory(a.storyId))?.sources.map((s) => s.name)).toEqual(["Capital Wire", "Rhine Post"]);
      expect((await cli.putArticle({ ...second, sourceId: "elsewhere" })).isNew).toBe(false);
    });
  });

  describe(`${name}: search`, () => {
    let store: LibraryStore;
    const storyOf = new Map<string, string>();
    beforeEach(async () => {
      store = await open();
      const all = everything();
      const results = await store.putArticles(all);
      all.forEach((input, i) => storyOf.set(input.article.title, results[i]!.storyId));
    });
    const story = (input: NewArticle) => storyOf.get(input.article.title);

    it("finds each topic's own article first", async () => {
      for (const { query, article } of topicArticles) {
        const [best] = await store.search(query, { now: NOW });
        expect(best, query).toMatchObject({ storyId: story(article), articleId: article.article.id, headline: article.article.title });
      }
    });

    it("finds Afghanistan for 'afghan', the recent three-source story first", async () => {
      const hits = await store.search("afghan", { now: NOW });
      expect(hits.map((h) => h.storyId).slice(0, 2)).toEqual([story(first), story(refugeesCanada)]);
      expect(hits[0]?.sourceCount).toBe(3);
    });

    it("stems, matches accents loosely and keeps dotted abbreviations as phrases", async () => {
      expect((await store.search("evacuated", { now: NOW }))[0]?.storyId).toBe(story(first));
      expect((await store.search("elections", { now: NOW }))[0]?.storyId).toBe(story(topicArticles[0]!.article));
      expect((await store.search("Valparaiso", { now: NOW }))[0]?.storyId).toBe(story(topicArticles[3]!.article));
      expect((await store.search("valparaíso", { now: NOW }))[0]?.storyId).toBe(story(topicArticles[3]!.article));
      expect((await store.search("U.S.", { now: NOW })).map((h) => h.storyId)).toContain(story(first));
    });

    it("ranks articles matching every term above those matching some", async () => {
      expect((await store.search("Benning semiconductor", { now: NOW }))[0]?.storyId).toBe(story(benningTrade));
      expect((await store.search("Ramstein semiconductor", { now: NOW })).map((h) => h.storyId)).toEqual(expect.arrayContaining([story(first), story(benningTrade)]));
    });

    it("honours the limit, orders by score and answers the best-matching article of each story", async () => {
      expect(await store.search("said", { now: NOW, limit: 2 })).toHaveLength(2);
      const hits = await store.search("Benning", { now: NOW });
      expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
      expect(hits.every((h) => h.score > 0)).toBe(true);
      const [best] = await store.search("Legitimacy earned", { now: NOW });
      expect(best).toMatchObject({ storyId: story(first), articleId: third.article.id });
    });

    it("ranks with the given clock: recency counts", async () => {
      const soon = await store.search("Benning", { now: NOW });
      const later = await store.search("Benning", { now: new Date("2026-03-10T12:00:00Z") });
      expect(later[0]!.score).toBeLessThan(soon[0]!.score);
    });

    it("never throws on hostile input, and finds nothing where there is nothing", async () => {
      const hostile = ["U.S.", "non-Taliban", '"', '""', '"unbalanced', "AND OR NOT", "NEAR(", "NEAR(a b, 2)", "*", "afghan*", "col:val",
        "headline:Benning", "{headline}: x", "^start", "a - b + c", "(((", "🙂🔥", "   ", "the of and", "x".repeat(5000), "\u0000\u0001",
        "e\u0301", "Benning's", "O'Brien", "a & b | !c <-> d:*", "'; DROP TABLE articles; --", "\\'", "$1", "ünïcödé 東京 Москва"];
      for (const query of hostile) expect(Array.isArray(await store.search(query, { now: NOW })), query).toBe(true);
      expect(await store.search("", { now: NOW })).toEqual([]);
      expect(await store.search("🙂", { now: NOW })).toEqual([]);
      expect(await store.search("zzyzx", { now: NOW })).toEqual([]);
      expect(await store.search("Benning", { now: NOW, limit: 0 })).toEqual([]);
      expect(await store.countArticles()).toBe(everything().length);
    });

    it("lists recent stories newest first, with score 0", async () => {
      const recent = await store.recentStories(3);
      expect(recent).toHaveLength(3);
      expect(recent[0]).toEqual({ storyId: story(benningTrade), headline: benningTrade.article.title, score: 0, sourceCount: 1, updated: "2025-03-09T20:00:00.000Z" });
      expect(recent.map((r) => r.updated)).toEqual([...recent.map((r) => r.updated)].sort().reverse());
      expect(await store.recentStories(0)).toEqual([]);
      expect(await store.recentStories(100)).toHaveLength(new Set(storyOf.values()).size);
    });
  });

  describe(`${name}: state beside the library`, () => {
    it("keeps channel context, replacing it whole", async () => {
      const store = await open();
      const full = { channel: "slack:T1:C1", storyId: "s-1", articleId: "a-1", briefingJson: '{"headline":"x"}', at: NOW.toISOString() };
      await store.setChannelContext(full);
      await store.setChannelContext({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
      expect(await store.getChannelContext("slack:T1:C1")).toEqual(full);
      expect(await store.getChannelContext("discord:9")).toEqual({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
      expect(await store.getChannelContext("console:local")).toBeUndefined();
      await store.setChannelContext({ channel: "slack:T1:C1", briefingJson: "[]", at: "2025-03-11T00:00:00.000Z" });
      expect(await store.getChannelContext("slack:T1:C1")).toEqual({ channel: "slack:T1:C1", briefingJson: "[]", at: "2025-03-11T00:00:00.000Z" });
    });

    it("caches briefings by key and engine version", async () => {
      const store = await open();
      await store.putCachedBriefing("hash-1", "1", '{"v":1}');
      await store.putCachedBriefing("hash-2", "1", '{"v":2}');
      expect(await store.getCachedBriefing("hash-1", "1")).toBe('{"v":1}');
      expect(await store.getCachedBriefing("hash-1", "2")).toBeUndefined();
      expect(await store.getCachedBriefing("hash-3", "1")).toBeUndefined();
      await store.putCachedBriefing("hash-1", "1", '{"v":"again"}');
      expect(await store.getCachedBriefing("hash-1", "1")).toBe('{"v":"again"}');
      expect(await store.getCachedBriefing("hash-2", "1")).toBe('{"v":2}');
    });

    it("keeps feed state, replacing it whole", async () => {
      const store = await open();
      const url = "https://feed.example/rss";
      expect(await store.getFeedState(url)).toBeUndefined();
      await store.setFeedState({ url, primed: false });
      expect(await store.getFeedState(url)).toEqual({ url, primed: false });
      const full = { url, etag: '"abc"', lastModified: "Sun, 09 Mar 2025 10:00:00 GMT", primed: true, nextPollAt: "2025-03-10T12:15:00Z" };
      await store.setFeedState(full);
      expect(await store.getFeedState(url)).toEqual(full);
      await store.setFeedState({ url, primed: true });
      expect(await store.getFeedState(url)).toEqual({ url, primed: true });
      expect(await store.getFeedState("https://other.example/rss")).toBeUndefined();
    });

    it(options.persistsFeedProgress ? "keeps a feed's seen GUIDs and failure streak" : "accepts a feed's seen GUIDs and failure streak", async () => {
      const store = await open();
      const url = "https://feed.example/rss";
      const state = { url, primed: true, seenGuids: ["a", "b", "tag:x,2025:1"], failures: 3 };
      await store.setFeedState(state);
      const stored = await store.getFeedState(url);
      if (options.persistsFeedProgress) expect(stored).toEqual(state);
      else expect(stored).toEqual({ url, primed: true });
      await store.setFeedState({ url, primed: true, seenGuids: [], failures: 0 });
      if (options.persistsFeedProgress) expect(await store.getFeedState(url)).toEqual({ url, primed: true, seenGuids: [], failures: 0 });
    });

    it("reports each source's last success, last error and failure streak", async () => {
      const store = await open();
      await store.recordSourceResult("https://a.example/rss", "feed", { ok: true, at: "2025-03-10T10:00:00Z", articles: 3 });
      await store.recordSourceResult("https://a.example/rss", "feed", { ok: false, at: "2025-03-10T11:00:00Z", error: "HTTP 500" });
      await store.recordSourceResult("https://a.example/rss", "feed", { ok: false, at: "2025-03-10T11:30:00Z", error: "timed out" });
      await store.recordSourceResult("briefings/inbox", "folder", { ok: true, at: "2025-03-10T11:00:00Z" });
      await store.recordSourceResult("Zed/url", "url", { ok: false, at: "2025-03-10T11:00:00Z", error: "refused" });
      expect(await store.listSources()).toEqual([
        { sourceId: "Zed/url", kind: "url", lastError: "refused", lastErrorAt: "2025-03-10T11:00:00Z", consecutiveFailures: 1, articles: 0 },
        { sourceId: "briefings/inbox", kind: "folder", lastSuccess: "2025-03-10T11:00:00Z", consecutiveFailures: 0, articles: 0 },
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
      const [, , feed] = await store.listSources();
      expect(feed).toMatchObject({ consecutiveFailures: 0, articles: 5, lastSuccess: "2025-03-10T12:00:00Z", lastError: "timed out" });
    });
  });
}
