import { describe, expect, it } from "vitest";
import { MAX_ARTICLES_PER_DAY, StoryWindow, type WindowArticle } from "../../src/library/stories/story-window.js";
import type { StoryFeatures } from "../../src/library/stories/story-features.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 9, 12);
const article = (seq: number, keys: Record<string, number>, publishedMs = T0): WindowArticle => {
  const map = new Map(Object.entries(keys));
  return { seq, storyRef: seq, storyStartMs: publishedMs, keys: map, weight: [...map.values()].reduce((a, b) => a + b, 0), sketch: "", publishedMs };
};
const features = (keys: Record<string, number>): StoryFeatures => {
  const map = new Map(Object.entries(keys));
  return { keys: map, weight: [...map.values()].reduce((a, b) => a + b, 0), sketch: "" };
};

describe("StoryWindow", () => {
  it("finds stored articles through shared names and headline words, best first, within the window", () => {
    const stored = [
      article(1, { benning: 4, kabul: 3, evacu: 2 }),
      article(2, { benning: 4, tokyo: 3 }),
      article(3, { benning: 4, kabul: 3, evacu: 2 }, T0 + 10 * DAY), // out of the window
      article(4, { weather: 1 }),
    ];
    const window = new StoryWindow((day) => stored.filter((a) => Math.floor(a.publishedMs / DAY) === day));
    const found = window.candidates(features({ benning: 4, kabul: 3, evacu: 2, weather: 1 }), T0 + DAY, 3, 8);
    expect(found.map((c) => c.articleSeq)).toEqual([1, 2]);
    expect(found[0]).toMatchObject({ sharedWeight: 9, sharedNames: 2 });
  });

  it("sees articles added after a day was loaded, and forgets everything on clear", () => {
    const stored: WindowArticle[] = [];
    let loads = 0;
    const window = new StoryWindow((day) => {
      loads++;
      return stored.filter((a) => Math.floor(a.publishedMs / DAY) === day);
    });
    expect(window.candidates(features({ kabul: 3 }), T0, 3, 8)).toEqual([]);
    const added = article(1, { kabul: 3 });
    stored.push(added);
    window.add(added);
    expect(window.candidates(features({ kabul: 3 }), T0, 3, 8).map((c) => c.articleSeq)).toEqual([1]);
    const before = loads;
    window.clear();
    expect(window.candidates(features({ kabul: 3 }), T0, 3, 8).map((c) => c.articleSeq)).toEqual([1]);
    expect(loads).toBeGreaterThan(before);
  });

  it("keeps only the most recent articles of a crowded day, as a fresh load would", () => {
    const window = new StoryWindow(() => []);
    window.candidates(features({ x: 2 }), T0, 0, 1); // loads the (empty) day
    for (let seq = 1; seq <= MAX_ARTICLES_PER_DAY + 10; seq++) window.add(article(seq, { [`k${seq}`]: 2, common: 2 }));
    expect(window.candidates(features({ k1: 2 }), T0, 0, 8)).toEqual([]);
    expect(window.candidates(features({ [`k${MAX_ARTICLES_PER_DAY + 10}`]: 2 }), T0, 0, 8)).toHaveLength(1);
  });

  it("reports a story's moved start for the articles already in memory", () => {
    const window = new StoryWindow(() => []);
    window.candidates(features({ x: 2 }), T0, 0, 1); // loads the (empty) day
    window.add({ ...article(1, { kabul: 3 }), storyRef: 7 });
    // A second article joins story 7, published three hours earlier the same day: the story now starts then.
    const earlier = T0 - 3 * 3_600_000;
    window.add({ ...article(2, { kabul: 3 }, earlier), storyRef: 7, storyStartMs: earlier }, true);
    const found = window.candidates(features({ kabul: 3 }), T0, 3, 8);
    expect(found.map((c) => [c.articleSeq, c.storyStartMs])).toEqual([[1, earlier], [2, earlier]]);
    // Without the signal the in-memory article keeps the start it came with.
    const plain = new StoryWindow(() => []);
    plain.candidates(features({ x: 2 }), T0, 0, 1);
    plain.add({ ...article(1, { kabul: 3 }), storyRef: 7 });
    plain.add({ ...article(2, { kabul: 3 }, earlier), storyRef: 7, storyStartMs: earlier });
    expect(plain.candidates(features({ kabul: 3 }), T0, 3, 8).map((c) => c.storyStartMs)).toEqual([T0, earlier]);
  });
});
