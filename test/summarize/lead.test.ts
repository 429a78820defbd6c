import { describe, expect, it } from "vitest";
import { leadSummary } from "../../src/summarize/lead.js";
import { FLOOD_STORY, story, texts } from "./story.js";

describe("leadSummary", () => {
  it("returns nothing for an empty document", () => {
    expect(leadSummary(story([]))).toEqual([]);
  });

  it("returns the first three sentences by default, verbatim", () => {
    const doc = story(FLOOD_STORY);
    const summary = leadSummary(doc);
    expect(texts(summary)).toEqual(FLOOD_STORY.slice(0, 3));
    for (const s of summary) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns every sentence when the story has fewer than asked", () => {
    expect(texts(leadSummary(story(["Only one sentence here."]), { sentences: 5 }))).toEqual(["Only one sentence here."]);
  });

  it("stops at the first sentence that overflows the word budget", () => {
    const doc = story(FLOOD_STORY);
    const first = doc.sentences[0]?.tokens.length ?? 0;
    expect(texts(leadSummary(doc, { sentences: 3, words: first + 5 }))).toEqual([FLOOD_STORY[0]]);
  });

  it("returns nothing for a zero budget", () => {
    const doc = story(FLOOD_STORY);
    expect(leadSummary(doc, { sentences: 0 })).toEqual([]);
    expect(leadSummary(doc, { words: 0 })).toEqual([]);
  });
});
