import { describe, expect, it } from "vitest";
import { chooseStory, type StoryCandidate } from "../../src/library/stories/choose-story.js";
import { keyOverlap } from "../../src/library/stories/key-overlap.js";
import { decodeKeys, encodeKeys } from "../../src/library/stories/stored-keys.js";
import { estimateJaccard, minhashSketch, SKETCH_SIZE } from "../../src/library/stories/minhash.js";
import { storyFeatures } from "../../src/library/stories/story-features.js";
import { benningTrade, evacuationStory } from "./fixtures/topic-articles.js";

const paragraphs = evacuationStory[0]!.article.paragraphs;

describe("minhashSketch", () => {
  it("is deterministic, ascending and of fixed size", () => {
    const sketch = minhashSketch(paragraphs);
    expect(sketch).toBe(minhashSketch(paragraphs));
    expect(sketch).toHaveLength(SKETCH_SIZE * 8);
    const hashes = sketch.match(/.{8}/g)!.map((h) => parseInt(h, 16));
    expect([...hashes].sort((a, b) => a - b)).toEqual(hashes);
  });

  it("sees a lightly edited copy as nearly the same text and another article as different", () => {
    const edited = paragraphs.map((p, i) => (i === 1 ? p.replace("twenty years", "two decades") : p));
    expect(estimateJaccard(minhashSketch(paragraphs), minhashSketch(edited))).toBeGreaterThan(0.6);
    expect(estimateJaccard(minhashSketch(paragraphs), minhashSketch(evacuationStory[1]!.article.paragraphs))).toBeLessThan(0.2);
  });

  it("ignores case, punctuation and spacing, and gives no sketch for a few words", () => {
    const messy = paragraphs.map((p) => p.toUpperCase().replace(/,/g, " ,  "));
    expect(minhashSketch(messy)).toBe(minhashSketch(paragraphs));
    expect(minhashSketch(["Too short to say anything."])).toBe("");
    expect(estimateJaccard("", minhashSketch(paragraphs))).toBe(0);
  });
});

describe("storyFeatures", () => {
  it("weighs names above words, headline above lead, and does not stem names", () => {
    const { keys } = storyFeatures(evacuationStory[0]!.article.title, paragraphs);
    expect(keys.get("benning")).toBe(4); // a name in the headline
    expect(keys.get("kabul")).toBe(3); // a name in the lead
    expect(keys.get("ben")).toBeUndefined();
    expect(keys.has("sunday")).toBe(false); // days, titles and offices are not names (and too light to keep)
    expect(keys.get("secretary") ?? 1).toBeLessThan(3);
  });

  it("reads Title Case headlines without taking every capital for a name", () => {
    const { keys } = storyFeatures("Taliban Must Earn Legitimacy, Benning Says", ["Laura Benning, the secretary of state, said on Sunday that the Taliban must earn legitimacy from Afghans."]);
    expect(keys.get("must")).toBeUndefined();
    expect(keys.get("earn")).toBe(2);
    expect(keys.get("taliban")).toBe(4);
  });

  it("handles empty articles", () => {
    expect(storyFeatures("", [])).toEqual({ keys: new Map(), weight: 0, sketch: "" });
  });
});

describe("key overlap", () => {
  it("round-trips keys and counts shared weight and names", () => {
    const a = new Map([["benning", 4], ["kabul", 3], ["evacu", 2]]);
    expect(decodeKeys(encodeKeys(a))).toEqual(a);
    expect(decodeKeys("")).toEqual(new Map());
    expect(keyOverlap(a, new Map([["benning", 3], ["evacu", 1], ["tokyo", 3]]))).toEqual({ sharedWeight: 4, sharedNames: 1 });
  });
});

describe("chooseStory", () => {
  const features = storyFeatures(evacuationStory[1]!.article.title, evacuationStory[1]!.article.paragraphs);
  const T = Date.UTC(2025, 2, 9, 12);
  const candidate = (over: Partial<StoryCandidate>): StoryCandidate => ({
    articleSeq: 1,
    storyRef: 1,
    storyStartMs: T,
    sharedWeight: 0,
    sharedNames: 0,
    weight: features.weight,
    sketch: "",
    ...over,
  });

  it("joins a same-event candidate sharing names and enough weight, and starts a new story otherwise", () => {
    expect(chooseStory(features, T, [candidate({ sharedWeight: features.weight * 0.5, sharedNames: 3 })])?.reason).toBe("same-event");
    expect(chooseStory(features, T, [candidate({ sharedWeight: features.weight * 0.5, sharedNames: 0 })])).toBeUndefined();
    expect(chooseStory(features, T, [candidate({ sharedWeight: 2, sharedNames: 2 })])).toBeUndefined();
    expect(chooseStory(features, T, [])).toBeUndefined();
  });

  it("prefers a near-duplicate, then the most similar, then the oldest", () => {
    const near = candidate({ storyRef: 7, articleSeq: 9, sketch: features.sketch });
    const similar = candidate({ storyRef: 3, articleSeq: 2, sharedWeight: features.weight, sharedNames: 5 });
    expect(chooseStory(features, T, [similar, near])).toMatchObject({ storyRef: 7, reason: "near-duplicate" });
    const twin = candidate({ storyRef: 2, articleSeq: 1, sharedWeight: features.weight, sharedNames: 5 });
    expect(chooseStory(features, T, [similar, twin])?.storyRef).toBe(2);
  });

  it("does not let a story grow past its span, however similar the article", () => {
    const similar = candidate({ sharedWeight: features.weight, sharedNames: 5, sketch: features.sketch });
    expect(chooseStory(features, T + 4 * 86_400_000, [similar])).toBeDefined();
    expect(chooseStory(features, T + 5 * 86_400_000, [similar])).toBeUndefined();
  });

  it("keeps a same-day article sharing only a person apart", () => {
    const trade = storyFeatures(benningTrade.article.title, benningTrade.article.paragraphs);
    const overlap = keyOverlap(features.keys, trade.keys);
    expect(chooseStory(features, T, [candidate({ ...overlap, weight: trade.weight, sketch: trade.sketch })])).toBeUndefined();
  });
});
