import { describe, expect, it } from "vitest";
import { modelStory } from "../../src/summarize/news-ranker.js";
import { DEFAULT_RANKER_WEIGHTS } from "../../src/summarize/ranker-weights.js";
import { knownContentIds } from "../../src/summarize/stem-index.js";
import { referenceOdds, WORD_FEATURES, wordFeatures } from "../../src/summarize/word-odds.js";
import { story } from "./story.js";

const feature = (name: (typeof WORD_FEATURES)[number]): number => WORD_FEATURES.indexOf(name);

const PARAGRAPHS = [
  "Flooding closed the Kessel bridge on Tuesday.",
  "Engineers say the Kessel bridge needs 30 days of repairs.",
  "\"The river has never been this high,\" said a ferryman.",
];

describe("wordFeatures", () => {
  const doc = story(PARAGRAPHS, "Floods shut Kessel bridge");
  const model = modelStory(doc);
  const row = new Float64Array(WORD_FEATURES.length);
  const idOf = (stem: string): number => [...knownContentIds(model.index, [stem])][0] ?? -1;

  it("describes where and how the story uses a word", () => {
    expect(wordFeatures(model.stats, model.index, idOf("kessel"), row)).toBe(true);
    expect(row[feature("log sentence frequency")]).toBeCloseTo(Math.log(2));
    expect(row[feature("first used in sentence 1")]).toBe(1);
    expect(row[feature("in the headline")]).toBe(1);
    expect(row[feature("share written capitalised mid-sentence")]).toBe(1);
    expect(row[feature("uses in the first 3 sentences (0..3)/3")]).toBeCloseTo(2 / 3);
  });

  it("marks numbers, quoted words and later first uses", () => {
    wordFeatures(model.stats, model.index, idOf("30"), row);
    expect(row[feature("share that are numbers")]).toBe(1);
    expect(row[feature("first used in sentence 2")]).toBe(1);
    wordFeatures(model.stats, model.index, idOf("river"), row);
    expect(row[feature("share inside quotation marks")]).toBeGreaterThan(0.5);
    expect(row[feature("in the headline")]).toBe(0);
  });

  it("has no features for a function word", () => {
    const functionWord = model.index.content.indexOf(0);
    expect(functionWord).toBeGreaterThanOrEqual(0);
    expect(wordFeatures(model.stats, model.index, functionWord, row)).toBe(false);
  });
});

describe("referenceOdds", () => {
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it("gives a query word higher odds", () => {
    const doc = story(PARAGRAPHS);
    const plain = modelStory(doc);
    const river = [...knownContentIds(plain.index, ["river"])][0] ?? -1;
    const before = referenceOdds(plain.stats, plain.index, DEFAULT_RANKER_WEIGHTS, plain.query, all(3)).odds[river] ?? 0;
    const focused = modelStory(doc, "river levels");
    const riverAgain = [...knownContentIds(focused.index, ["river"])][0] ?? -1;
    const after = referenceOdds(focused.stats, focused.index, DEFAULT_RANKER_WEIGHTS, focused.query, all(3)).odds[riverAgain] ?? 0;
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThan(1);
  });

  it("expects a function word in proportion to how often the story uses it", () => {
    const model = modelStory(story(PARAGRAPHS));
    const { rates, absent } = referenceOdds(model.stats, model.index, DEFAULT_RANKER_WEIGHTS, model.query, all(3));
    for (let id = 0; id < model.index.size; id++) {
      if (model.index.content[id] === 1) continue;
      expect(rates[id]).toBeCloseTo(
        (DEFAULT_RANKER_WEIGHTS.functionWordRate * DEFAULT_RANKER_WEIGHTS.referenceWords * (model.stats.count[id] ?? 0)) /
          model.stats.storyTokens,
      );
      expect(absent[id]).toBeCloseTo(Math.exp(-(rates[id] ?? 0)));
    }
  });
});
