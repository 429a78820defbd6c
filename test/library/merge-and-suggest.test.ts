import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/briefing.js";
import { canonicalUrl } from "../../src/library/canonical-url.js";
import { mergeStoryQuotes } from "../../src/library/merge-quotes.js";
import { suggestTopics } from "../../src/library/topic-suggestions.js";
import type { Quote } from "../../src/quotes/quote.js";

const quote = (text: string, speaker = "Laura Benning"): Quote => ({
  text,
  pieces: [{ start: 0, end: text.length }],
  paragraph: 0,
  paragraphs: 1,
  partial: false,
  speaker: { name: speaker, kind: "person" },
});
const briefing = (quotes: Quote[], keyQuotes = quotes.slice(0, 1)): Briefing => ({
  engineVersion: "1",
  articleId: "a",
  headline: "h",
  sources: [],
  summary: [],
  keyQuotes,
  quotes,
  speakers: [],
  words: 100,
  readingMinutes: 1,
});
const wire = { name: "Capital Wire" };
const post = { name: "Rhine Post" };
const ledger = { name: "Daily Ledger" };

describe("mergeStoryQuotes", () => {
  it("keeps the main article's quotes first and adds other sources' new quotes once, with their source", () => {
    const merged = mergeStoryQuotes({ briefing: briefing([quote("We will not abandon them."), quote("Every seat counts.", "Klaus Reinhardt")]), source: wire }, [
      { briefing: briefing([quote("we will NOT abandon them"), quote("Legitimacy has to be earned.")]), source: post },
      { briefing: briefing([quote("Every seat counts!", "Klaus Reinhardt"), quote("Legitimacy has to be earned")]), source: ledger },
    ]);
    expect(merged.quotes.map((q) => q.text)).toEqual(["We will not abandon them.", "Every seat counts.", "Legitimacy has to be earned."]);
    expect(merged.quoteSources).toEqual([wire, wire, post]);
  });

  it("treats a shorter cut of a kept quote as a repeat, but not a short common phrase", () => {
    const merged = mergeStoryQuotes({ briefing: briefing([quote("We will judge them by their actions, not their words.")]), source: wire }, [
      { briefing: briefing([quote("judge them by their actions"), quote("not")]), source: post },
    ]);
    expect(merged.quotes.map((q) => q.text)).toEqual(["We will judge them by their actions, not their words.", "not"]);
  });

  it("tops up key quotes from the other sources when the main article has too few", () => {
    const merged = mergeStoryQuotes({ briefing: briefing([quote("One.")], []), source: wire }, [
      { briefing: briefing([quote("Two things matter here.")]), source: post },
    ]);
    expect(merged.keyQuotes.map((q) => q.text)).toEqual(["Two things matter here."]);
  });
});

describe("suggestTopics", () => {
  const headlines = ["Benning and Reinhardt pledge Afghanistan evacuations", "Afghan families resettled in Winnipeg", "Hurricane Delia hits Tampa", "Benning presses Japan"];

  it("suggests headline words sharing a prefix or within two edits of what was asked", () => {
    expect(suggestTopics("afganistan", headlines)[0]).toBe("Afghanistan");
    expect(suggestTopics("hurri", headlines)).toEqual(["Hurricane"]);
    expect(suggestTopics("benning japan", headlines)).toEqual(expect.arrayContaining(["Benning"]));
  });

  it("falls back to the most common headline words", () => {
    expect(suggestTopics("zzz", headlines, 2)).toEqual(["Benning", "Reinhardt"]);
    expect(suggestTopics("", [])).toEqual([]);
  });
});

describe("canonicalUrl", () => {
  it("drops fragments and tracking parameters, keeps what selects the page", () => {
    expect(canonicalUrl("HTTPS://Example.COM:443/a/b?id=3&utm_source=rss&utm_medium=x#top")).toBe("https://example.com/a/b?id=3");
    expect(canonicalUrl("https://example.com/search?q=a%20b")).toBe("https://example.com/search?q=a%20b");
  });

  it("returns undefined for nothing or garbage", () => {
    expect(canonicalUrl(undefined)).toBeUndefined();
    expect(canonicalUrl("  ")).toBeUndefined();
    expect(canonicalUrl("not a url")).toBeUndefined();
  });
});
