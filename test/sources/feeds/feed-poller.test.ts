import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeFeedServer } from "../../fakes/feed-server.js";
import { ATOM, BROKEN_ENTITIES, JSON_FEED, LONG_BODY, PAGE_HTML, RDF, rss, type RssEntry } from "./feed-fixtures.js";
import { pollerRig } from "./poller-setup.js";

let server: FakeFeedServer;
beforeAll(async () => {
  server = await FakeFeedServer.start();
});
afterAll(() => server.close());

const MINUTE = 60_000;
const full = (n: number, extra = ""): RssEntry => ({
  guid: `item-${n}`,
  link: server.url(`/story/${n}`),
  title: `Story number ${n}`,
  description: "A summary.",
  content: `<p>${LONG_BODY.join("</p><p>")}</p><p>Story ${n} ends here.${extra}</p>`,
});
const iso = (ms: number): string => new Date(ms).toISOString();

describe("FeedPoller: first poll, changes, conditional GET", () => {
  it("primes on the first poll, answers 304s, and announces only new items later", async () => {
    const { store, clock, poller } = pollerRig();
    server.route("/prime.xml", { etag: '"v1"', body: rss("Prime Times", [full(1), full(2)]), headers: { "content-type": "application/rss+xml" } });
    const feed = { url: server.url("/prime.xml") };

    const first = await poller.poll(feed);
    expect(first).toMatchObject({ outcome: "updated", priming: true, items: 2, announced: [], nextPollAt: iso(clock.now() + 10 * MINUTE) });
    expect(first.stored.map((put) => put.isNew)).toEqual([true, true]);
    expect(await store.countArticles()).toBe(2);
    expect(await store.getFeedState(feed.url)).toMatchObject({ primed: true, etag: '"v1"' });
    const stored = await store.getArticle(first.stored[0]?.articleId ?? "");
    expect(stored).toMatchObject({ title: "Story number 1", url: server.url("/story/1"), guid: "item-1", sourceId: feed.url });
    expect(stored?.source?.name).toBe("Prime Times");
    expect(server.requestsTo("/story/1")).toHaveLength(0); // full content in the feed: no page fetch

    const unchanged = await poller.poll(feed);
    expect(unchanged).toMatchObject({ outcome: "not-modified", announced: [], stored: [] });
    expect(server.requestsTo("/prime.xml").at(-1)?.headers["if-none-match"]).toBe('"v1"');

    server.route("/prime.xml", { etag: '"v2"', body: rss("Prime Times", [full(3), full(1), full(2)]) });
    const changed = await poller.poll(feed);
    expect(changed.outcome).toBe("updated");
    expect(changed.stored).toHaveLength(1);
    expect(changed.announced).toHaveLength(1);
    expect((await store.getArticle(changed.announced[0]?.articleId ?? ""))?.title).toBe("Story number 3");
    expect((await store.listSources())[0]).toMatchObject({ sourceId: feed.url, kind: "feed", consecutiveFailures: 0, articles: 3 });
  });

  it("uses Last-Modified when there is no ETag", async () => {
    const { poller } = pollerRig();
    server.route("/dated.xml", { lastModified: "Tue, 03 Sep 2024 10:00:00 GMT", body: rss("Dated", [full(1)]) });
    await poller.poll({ url: server.url("/dated.xml") });
    expect((await poller.poll({ url: server.url("/dated.xml") })).outcome).toBe("not-modified");
    expect(server.requestsTo("/dated.xml").at(-1)?.headers["if-modified-since"]).toBe("Tue, 03 Sep 2024 10:00:00 GMT");
  });

  it("reads Atom, JSON Feed, RDF, a gzip-compressed feed and a feed with broken entities", async () => {
    const { store, poller } = pollerRig({ maxPageFetches: 0 });
    server
      .route("/atom.xml", { body: ATOM })
      .route("/feed.json", { body: JSON_FEED, headers: { "content-type": "application/feed+json" } })
      .route("/rdf.xml", { body: RDF })
      .route("/gzip.xml", { gzip: true, body: rss("Zipped", [full(7)]) })
      .route("/broken.xml", { body: BROKEN_ENTITIES });
    const results = [];
    for (const path of ["/atom.xml", "/feed.json", "/rdf.xml", "/gzip.xml", "/broken.xml"]) results.push(await poller.poll({ url: server.url(path) }));
    expect(results.map((r) => [r.outcome, r.items, r.stored.length])).toEqual([
      ["updated", 2, 2],
      ["updated", 2, 2],
      ["updated", 1, 1],
      ["updated", 1, 1],
      ["updated", 2, 2],
    ]);
    const atom = await store.getArticle(results[0]?.stored[0]?.articleId ?? "");
    expect(atom?.title).toBe("Council approves transit budget");
    expect(atom?.paragraphs[1]).toContain("said council leader Margaret Osei");
    const broken = await store.getArticle(results[4]?.stored[0]?.articleId ?? "");
    expect(broken?.title).toBe("Prices rise — again &bogus; at AT&T");
    expect(broken?.paragraphs).toEqual(["Café owners say “enough” & more."]);
  });
});

describe("FeedPoller: items with only a summary", () => {
  it("fetches the linked page and falls back to the summary when the page fails", async () => {
    const { store, poller } = pollerRig();
    server
      .route("/pages/a", { headers: { "content-type": "text/html" }, body: PAGE_HTML("Port deal signed", "Dock workers and the port signed a deal.") })
      .route("/summary.xml", {
        body: rss("Summaries", [
          { guid: "a", link: server.url("/pages/a"), title: "Port deal signed", description: "Dock workers reach a deal." },
          { guid: "b", link: server.url("/pages/missing"), title: "Station closes", description: "The old station closes for repairs on Monday." },
        ]),
      });
    const result = await poller.poll({ url: server.url("/summary.xml") });
    expect(result.pagesFetched).toBe(2);
    const [a, b] = await Promise.all(result.stored.map((put) => store.getArticle(put.articleId)));
    expect(a?.paragraphs.join(" ")).toContain("said spokesperson Daniel Park");
    expect(a?.source?.name).toBe("Summaries");
    expect(b).toMatchObject({ title: "Station closes", paragraphs: ["The old station closes for repairs on Monday."], url: server.url("/pages/missing") });
    expect(result.itemProblems).toEqual([{ guid: "b", error: "page not used: the server answered 404 Not Found" }]);

    // Seen items are not processed again: their pages are not re-fetched on the next poll.
    await poller.poll({ url: server.url("/summary.xml") });
    expect(server.requestsTo("/pages/a")).toHaveLength(1);
  });

  it("fetches at most maxPageFetches pages per poll; the rest keep their summary", async () => {
    const { poller } = pollerRig({ maxPageFetches: 1 });
    const entries = [1, 2].map((n) => ({ guid: `s${n}`, link: server.url(`/pages/budget${n}`), title: `Item ${n}`, description: `Summary ${n}.` }));
    server.route("/pages/budget1", { body: PAGE_HTML("Item 1", "First.") }).route("/pages/budget2", { body: PAGE_HTML("Item 2", "Second.") });
    server.route("/budget.xml", { body: rss("Budget", entries) });
    const result = await poller.poll({ url: server.url("/budget.xml") });
    expect(result.pagesFetched).toBe(1);
    expect(result.stored).toHaveLength(2);
    expect(result.itemProblems).toEqual([{ guid: "s2", error: "page not used: the page-fetch budget of this poll was spent" }]);
  });
});

describe("FeedPoller: failures", () => {
  it("backs off exponentially on a 500, records the status, and resets on success", async () => {
    const { store, clock, poller } = pollerRig({ backoff: { maxMs: 60 * MINUTE } });
    server.route("/flaky.xml", { status: 500 });
    const feed = { url: server.url("/flaky.xml"), intervalMs: 10 * MINUTE };
    const delays = [];
    for (let i = 0; i < 4; i++) {
      const result = await poller.poll(feed);
      expect(result.outcome).toBe("failed");
      expect(result.error).toBe("the server answered 500 Internal Server Error");
      delays.push((Date.parse(result.nextPollAt) - clock.now()) / MINUTE);
    }
    expect(delays).toEqual([20, 40, 60, 60]);
    expect(await store.listSources()).toEqual([
      { sourceId: feed.url, kind: "feed", consecutiveFailures: 4, articles: 0, lastError: "the server answered 500 Internal Server Error", lastErrorAt: iso(clock.now()) },
    ]);
    expect((await store.getFeedState(feed.url))?.nextPollAt).toBe(iso(clock.now() + 60 * MINUTE));

    server.route("/flaky.xml", { body: rss("Flaky", [full(1)]) });
    clock.advance(60 * MINUTE);
    const recovered = await poller.poll(feed);
    expect(recovered).toMatchObject({ outcome: "updated", priming: true, nextPollAt: iso(clock.now() + 10 * MINUTE) });
    expect((await store.listSources())[0]).toMatchObject({ consecutiveFailures: 0, lastSuccess: iso(clock.now()), articles: 1 });
  });

  it("honours Retry-After when it is longer than the backoff", async () => {
    const { clock, poller } = pollerRig();
    server.route("/busy.xml", { status: 503, headers: { "retry-after": "7200" } });
    const result = await poller.poll({ url: server.url("/busy.xml"), intervalMs: 10 * MINUTE });
    expect(Date.parse(result.nextPollAt) - clock.now()).toBe(120 * MINUTE);
  });

  it("times out on a slow server, cuts off a huge one, and refuses a redirect to a private address", async () => {
    const { store, poller } = pollerRig({ feedTimeoutMs: 300, feedMaxBytes: 1024 * 1024 });
    server
      .route("/slow.xml", { delayMs: 3_000, body: rss("Slow", [full(1)]) })
      .route("/huge.xml", { streamBytes: 100 * 1024 * 1024 })
      .route("/moved.xml", { status: 301, headers: { location: "http://10.0.0.5/feed.xml" } })
      .route("/metadata.xml", { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } })
      .route("/html.xml", { body: "<html><body><p>Not a feed</p></body></html>" });
    const errors: Record<string, string | undefined> = {};
    for (const path of ["/slow.xml", "/huge.xml", "/moved.xml", "/metadata.xml", "/html.xml"]) errors[path] = (await poller.poll({ url: server.url(path) })).error;
    expect(errors).toEqual({
      "/slow.xml": "the server took too long to answer",
      "/huge.xml": "the page is over the 1.0 MB limit",
      "/moved.xml": "refused: 10.0.0.5 is a private address",
      "/metadata.xml": "refused: 169.254.169.254 is a cloud metadata address",
      "/html.xml": "this is not an RSS, Atom, RDF or JSON feed",
    });
    const statuses = await store.listSources();
    expect(statuses).toHaveLength(5);
    expect(statuses.every((s) => s.consecutiveFailures === 1 && s.lastSuccess === undefined)).toBe(true);
  });

  it("refuses a feed on 127.0.0.1 unless the allow-list names it", async () => {
    const { poller } = pollerRig({ policy: { allow: [] } });
    server.route("/private.xml", { body: rss("Private", [full(1)]) });
    expect((await poller.poll({ url: server.url("/private.xml") })).error).toBe("refused: 127.0.0.1 is a loopback address");
  });
});

describe("FeedPoller: dedupe across feeds and GUIDs", () => {
  it("stores the same article from two feeds, or under a new GUID, once and announces it once", async () => {
    const { store, poller } = pollerRig();
    const story = full(9);
    server.route("/one.xml", { body: rss("One", [full(10)]) }).route("/two.xml", { body: rss("Two", [full(11)]) });
    await poller.poll({ url: server.url("/one.xml") });
    await poller.poll({ url: server.url("/two.xml") });

    server.route("/one.xml", { body: rss("One", [story, full(10)]) }).route("/two.xml", { body: rss("Two", [{ ...story, guid: "two-9" }, full(11)]) });
    const one = await poller.poll({ url: server.url("/one.xml") });
    const two = await poller.poll({ url: server.url("/two.xml") });
    expect(one.announced).toHaveLength(1);
    expect(two.stored.map((put) => put.isNew)).toEqual([false]);
    expect(two.announced).toEqual([]);

    server.route("/one.xml", { body: rss("One", [{ ...story, guid: "renamed-9" }, full(10)]) });
    const renamed = await poller.poll({ url: server.url("/one.xml") });
    expect(renamed.stored.map((put) => put.isNew)).toEqual([false]);
    expect(renamed.announced).toEqual([]);
    expect(await store.countArticles()).toBe(3);
  });
});
