import { describe, expect, it } from "vitest";
import { DayCache } from "../../src/library/postgres/day-cache.js";
import type { WindowArticle } from "../../src/library/stories/story-window.js";

// The PostgreSQL store's bridge between asynchronous loads and StoryWindow's synchronous loader.

const DAY_MS = 86_400_000;
const article = (seq: number, day: number, storyRef = seq, storyStartMs = day * DAY_MS): WindowArticle => ({
  seq,
  storyRef,
  storyStartMs,
  keys: new Map(),
  weight: 0,
  sketch: "",
  publishedMs: day * DAY_MS + seq,
});

describe("DayCache", () => {
  it("answers what a fresh load would: the day's most recently stored, newest first", async () => {
    const cache = new DayCache(3);
    const loads: number[] = [];
    await cache.ensure([10, 11], async (day, limit) => {
      loads.push(day);
      expect(limit).toBe(3);
      return day === 10 ? [article(2, 10), article(1, 10)] : [];
    });
    cache.add(article(3, 10));
    cache.add(article(4, 10));
    cache.add(article(5, 12)); // day 12 is not in memory: the next load reads it from the database
    expect(cache.read(10, 5).map((a) => a.seq)).toEqual([4, 3, 2]);
    expect(cache.read(10, 2).map((a) => a.seq)).toEqual([4, 3]);
    expect(cache.read(11, 5)).toEqual([]);
    await cache.ensure([10, 11], async () => {
      throw new Error("loaded twice");
    });
    expect(loads).toEqual([10, 11]);
  });

  it("refuses to answer for a day it was not given, rather than report it empty", () => {
    expect(() => new DayCache(3).read(1, 3)).toThrow(/not loaded/);
  });

  it("keeps the days just ensured when it drops old ones", async () => {
    const cache = new DayCache(3);
    for (let day = 0; day < 20; day++) await cache.ensure([day], async () => [article(day + 1, day)]);
    const days = Array.from({ length: 12 }, (_, i) => 100 + i);
    await cache.ensure(days, async (day) => [article(day, day)]);
    for (const day of days) expect(cache.read(day, 1)).toHaveLength(1);
    expect(() => cache.read(0, 1)).toThrow();
  });

  it("moves a story's start earlier on the articles it holds, and forgets everything on clear", async () => {
    const cache = new DayCache(5);
    await cache.ensure([3], async () => [article(1, 3, 7), article(2, 3, 8)]);
    cache.moveStoryStart(7, 2 * DAY_MS);
    expect(cache.read(3, 5).map((a) => [a.storyRef, a.storyStartMs])).toEqual([[8, 3 * DAY_MS], [7, 2 * DAY_MS]]);
    cache.clear();
    expect(() => cache.read(3, 5)).toThrow();
  });
});
