import { describe, expect, it } from "vitest";
import { pickByExpectedRouge, type PickRules } from "../../src/summarize/expected-rouge.js";
import { buildStemIndex, knownContentIds } from "../../src/summarize/stem-index.js";
import type { ReferenceOdds } from "../../src/summarize/word-odds.js";
import { story } from "./story.js";

// Four-word sentences of made-up content words, so every odd is set by hand.
const doc = story([
  "Alpha bravo charlie delta.",
  "Alpha bravo charlie delta.",
  "Echo foxtrot golf hotel.",
  "India juliet kilo lima.",
  "The the the the.",
]);
const index = buildStemIndex(doc.sentences);

function odds(likely: string[], unlikely: string[], theRate = 0): ReferenceOdds {
  const reference: ReferenceOdds = {
    odds: new Float64Array(index.size),
    rates: new Float64Array(index.size),
    absent: new Float64Array(index.size).fill(1),
  };
  for (const id of knownContentIds(index, likely)) reference.odds[id] = 0.9;
  for (const id of knownContentIds(index, unlikely)) reference.odds[id] = 0.05;
  const the = index.tokenIds[index.sentenceStarts[4] ?? 0] ?? -1;
  reference.rates[the] = theRate;
  reference.absent[the] = Math.exp(-theRate);
  return reference;
}

const LIKELY = ["alpha", "bravo", "charli", "delta", "echo", "foxtrot", "golf", "hotel"];
const UNLIKELY = ["india", "juliet", "kilo", "lima"];
const rules = (overrides: Partial<PickRules> = {}): PickRules => ({
  most: 3,
  fewest: 1,
  words: Number.POSITIVE_INFINITY,
  opening: -1,
  penalty: new Float64Array(doc.sentences.length),
  ...overrides,
});
const ALL = [0, 1, 2, 3];

describe("pickByExpectedRouge", () => {
  it("gives a repeat nothing and stops before a sentence that would dilute the summary", () => {
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules())).toEqual([0, 2]);
  });

  it("takes the fewest sentences asked for even when they dilute it", () => {
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules({ fewest: 3 }))).toEqual([0, 2, 3]);
  });

  it("opens with the opening sentence whatever it adds", () => {
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules({ opening: 3 }))).toEqual([0, 2, 3]);
  });

  it("keeps within the word budget, and picks freely when the opening sentence does not fit", () => {
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules({ words: 4 }))).toEqual([0]);
    expect(pickByExpectedRouge(index, [0, 4], odds(LIKELY, UNLIKELY), 8, rules({ words: 4, opening: 4 }))).toHaveLength(1);
  });

  it("lets a penalty outweigh a sentence's worth", () => {
    const penalty = new Float64Array(doc.sentences.length);
    penalty[2] = 3;
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules({ penalty }))).toEqual([0]);
  });

  it("expects each more use of a function word less than the one before", () => {
    // With rate 0.5, "the" x4 adds P(X>=1..4) = 0.39 + 0.09 + 0.01 + 0.002 = 0.50: less than 4 likely words.
    const picks = pickByExpectedRouge(index, [2, 4], odds(LIKELY, UNLIKELY, 0.5), 8, rules({ most: 1 }));
    expect(picks).toEqual([2]);
    // With no likely word left to pick, a sentence of function words still beats nothing.
    expect(pickByExpectedRouge(index, [3, 4], odds([], UNLIKELY, 0.5), 8, rules({ most: 1 }))).toEqual([4]);
  });

  it("returns nothing when there is nothing to pick", () => {
    expect(pickByExpectedRouge(index, [], odds(LIKELY, UNLIKELY), 8, rules())).toEqual([]);
    expect(pickByExpectedRouge(index, ALL, odds(LIKELY, UNLIKELY), 8, rules({ most: 0 }))).toEqual([]);
  });
});
