import { describe, expect, it } from "vitest";
import { rankStories, recencyFactor, RECENCY_FLOOR, sourceFactor, type ArticleHit } from "../../src/library/search/rank-stories.js";

const NOW = new Date("2025-03-10T12:00:00Z");
const DAY = 86_400_000;
const hit = (storyId: string, relevance: number, ageDays: number, sources = 1, allTerms = true, articleId = `${storyId}-a`): ArticleHit => ({
  articleId,
  storyId,
  storyHeadline: `Headline ${storyId}`,
  relevance,
  allTerms,
  storyUpdated: new Date(NOW.getTime() - ageDays * DAY).toISOString(),
  storyUpdatedMs: NOW.getTime() - ageDays * DAY,
  storySourceCount: sources,
});

describe("rankStories", () => {
  it("groups hits by story, keeping each story's best article", () => {
    const ranked = rankStories([hit("a", 5, 0, 1, true, "a1"), hit("a", 9, 0, 1, true, "a2"), hit("b", 6, 0)], { now: NOW, limit: 5 });
    expect(ranked.map((r) => [r.storyId, r.articleId])).toEqual([["a", "a2"], ["b", "b-a"]]);
    expect(ranked[0]?.score).toBe(1);
  });

  it("prefers recent stories among equally relevant ones, and more sources", () => {
    expect(rankStories([hit("old", 5, 20), hit("new", 5, 0)], { now: NOW, limit: 5 })[0]?.storyId).toBe("new");
    expect(rankStories([hit("one", 5, 1, 1), hit("many", 5, 1, 4)], { now: NOW, limit: 5 })[0]?.storyId).toBe("many");
  });

  it("lets relevance dominate: a much better old match beats a weak fresh one", () => {
    expect(rankStories([hit("old", 10, 30), hit("new", 4, 0)], { now: NOW, limit: 5 })[0]?.storyId).toBe("old");
  });

  it("ranks articles matching every term above partial matches", () => {
    expect(rankStories([hit("partial", 10, 0, 1, false), hit("all", 7, 0, 1, true)], { now: NOW, limit: 5 })[0]?.storyId).toBe("all");
  });

  it("honours the limit, is deterministic on ties, and returns nothing for no hits", () => {
    const ranked = rankStories([hit("b", 5, 0), hit("a", 5, 0), hit("c", 5, 0)], { now: NOW, limit: 2 });
    expect(ranked.map((r) => r.storyId)).toEqual(["a", "b"]);
    expect(rankStories([], { now: NOW, limit: 5 })).toEqual([]);
  });

  it("decays recency towards a floor, counts future dates as now, and caps the source bonus", () => {
    expect(recencyFactor(0)).toBe(1);
    expect(recencyFactor(-DAY)).toBe(1);
    expect(recencyFactor(365 * DAY)).toBeCloseTo(RECENCY_FLOOR, 5);
    expect(recencyFactor(3 * DAY)).toBeCloseTo(RECENCY_FLOOR + (1 - RECENCY_FLOOR) / 2, 5);
    expect(sourceFactor(1)).toBe(1);
    expect(sourceFactor(100)).toBe(sourceFactor(8));
  });
});
