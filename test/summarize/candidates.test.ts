import { describe, expect, it } from "vitest";
import { storyPositions, summaryCandidates } from "../../src/summarize/candidates.js";
import { quoteProfile } from "../../src/summarize/quote-share.js";
import { buildStemIndex, knownContentIds } from "../../src/summarize/stem-index.js";
import { story } from "./story.js";

const RULES = { leadWindow: 3, minWords: 5, fewest: 2 };

function candidates(paragraphs: string[], query: string[] = [], rules = RULES): string[] {
  const doc = story(paragraphs);
  const index = buildStemIndex(doc.sentences);
  const positions = storyPositions(doc.sentences);
  const { straddles } = quoteProfile(doc.sentences);
  const wanted = knownContentIds(index, query);
  return summaryCandidates(doc.sentences, index, positions, straddles, wanted, rules).map((s) => doc.sentences[s]?.text ?? "");
}

describe("storyPositions", () => {
  it("counts story sentences only, so furniture before the lead does not push it back", () => {
    const doc = story(["By Jane Doe |", "The bridge reopened on Monday after a year of repairs.", "Scroll down for video", "Traffic returned."]);
    expect(Array.from(storyPositions(doc.sentences))).toEqual([-1, 0, -1, 1]);
  });
});

describe("summaryCandidates", () => {
  it("takes the full sentences of the lead, not fragments or sentences inside a quotation", () => {
    const paragraphs = [
      "The council voted to close the old library on Monday evening.",
      "Not again.",
      "\"We fought for years. Nobody listened to us,\" a resident said after the vote.",
      "The building will be sold to a developer next year.",
      "A new library opens in the town centre in 2026.",
    ];
    expect(candidates(paragraphs, [], { ...RULES, leadWindow: 6 })).toEqual([paragraphs[0], paragraphs[3], paragraphs[4]]);
  });

  it("tops up a short lead from later full sentences", () => {
    const paragraphs = [
      "The council voted to close the old library on Monday evening.",
      "Why?",
      "Short.",
      "The building will be sold to a developer next year.",
      "A new library opens in the town centre in 2026.",
    ];
    expect(candidates(paragraphs)).toEqual([paragraphs[0], paragraphs[3]]);
  });

  it("adds later sentences that share a query word", () => {
    const paragraphs = [
      "The council voted to close the old library on Monday evening.",
      "The building will be sold to a developer next year.",
      "A new library opens in the town centre in 2026.",
      "Residents can borrow books from the mobile van until then.",
      "Parking fees in the centre will rise by ten per cent.",
    ];
    expect(candidates(paragraphs, ["park"])).toEqual([...paragraphs.slice(0, 3), paragraphs[4]]);
  });

  it("falls back to fragments, then to quoted sentences, when the story has nothing else", () => {
    expect(candidates(["Polls open.", "Queues form."])).toEqual(["Polls open.", "Queues form."]);
    expect(candidates(["\"We lost everything. The water took it all,\" she said."])).toHaveLength(2);
  });
});
