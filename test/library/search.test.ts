import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { benningTrade, evacuationStory, NOW, refugeesCanada, topicArticles } from "./fixtures/topic-articles.js";

let store: SqliteStore;
const storyOf = new Map<string, string>();

beforeAll(async () => {
  store = new SqliteStore({ path: ":memory:", now: () => NOW });
  const all = [...evacuationStory, benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)];
  const results = await store.putArticles(all);
  all.forEach((input, i) => storyOf.set(input.article.title, results[i]!.storyId));
});
afterAll(() => store.close());

describe("topic search", () => {
  it.each(topicArticles)("finds its own article first for '$query'", async ({ query, article }) => {
    const [best] = await store.search(query, { now: NOW });
    expect(best?.storyId).toBe(storyOf.get(article.article.title));
    expect(best?.articleId).toBe(article.article.id);
  });

  it("finds Afghanistan for 'afghan' (stemming plus prefix)", async () => {
    const hits = await store.search("afghan", { now: NOW });
    const event = storyOf.get(evacuationStory[0]!.article.title);
    // The three-source, recent story on Afghanistan ranks above the older one-source refugee story.
    expect(hits.map((h) => h.storyId).slice(0, 2)).toEqual([event, storyOf.get(refugeesCanada.article.title)]);
    expect(hits[0]?.sourceCount).toBe(3);
  });

  it("stems: 'evacuated' finds 'evacuation', 'elections' finds 'election'", async () => {
    expect((await store.search("evacuated", { now: NOW }))[0]?.storyId).toBe(storyOf.get(evacuationStory[0]!.article.title));
    expect((await store.search("elections", { now: NOW }))[0]?.storyId).toBe(storyOf.get(topicArticles[0]!.article.article.title));
  });

  it("ranks articles matching every term above those matching some", async () => {
    const [best] = await store.search("Benning semiconductor", { now: NOW });
    expect(best?.storyId).toBe(storyOf.get(benningTrade.article.title));
  });

  it("matches accents loosely and keeps dotted abbreviations as phrases", async () => {
    expect((await store.search("Valparaiso", { now: NOW }))[0]?.storyId).toBe(storyOf.get(topicArticles[3]!.article.article.title));
    const hits = await store.search("U.S.", { now: NOW });
    expect(hits.map((h) => h.storyId)).toContain(storyOf.get(evacuationStory[0]!.article.title));
  });

  it("honours the limit and ranks with the given clock", async () => {
    expect(await store.search("said", { now: NOW, limit: 2 })).toHaveLength(2);
    const hits = await store.search("Benning", { now: NOW });
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
  });

  const hostile = [
    "U.S.",
    "non-Taliban",
    '"',
    '""',
    '"unbalanced',
    "AND OR NOT",
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "afghan*",
    "col:val",
    "headline:Benning",
    "{headline}: x",
    "^start",
    "a - b + c",
    "(((",
    "🙂🔥",
    "",
    "   ",
    "the of and",
    "x".repeat(5000),
    "\u0000\u0001",
    "e\u0301",
    "Benning's",
    "O'Brien",
  ];
  it.each(hostile.map((query) => [JSON.stringify(query).slice(0, 40), query]))("never throws on %s", async (_label, query) => {
    const hits = await store.search(query, { now: NOW });
    expect(Array.isArray(hits)).toBe(true);
  });

  it("returns nothing for an empty query or a word the library does not hold", async () => {
    expect(await store.search("", { now: NOW })).toEqual([]);
    expect(await store.search("🙂", { now: NOW })).toEqual([]);
    expect(await store.search("zzyzx", { now: NOW })).toEqual([]);
  });

  it("lists recent stories newest first", async () => {
    const recent = await store.recentStories(3);
    expect(recent).toHaveLength(3);
    expect(recent[0]?.storyId).toBe(storyOf.get(benningTrade.article.title));
    expect(recent.map((r) => r.updated)).toEqual([...recent.map((r) => r.updated)].sort().reverse());
  });
});
