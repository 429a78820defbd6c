import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc } from "./make-doc.js";

describe("quote structure", () => {
  it("joins a quote continued over paragraphs (AP style) into one quote", () => {
    const doc = makeDoc([
      "Union leader Maria Lopez told the rally: “We have waited long enough for a fair deal.",
      "“We will not wait another year.",
      "“We want an answer by Friday,” she said.",
      "The company did not respond.",
    ]);
    const quotes = extractQuotes(doc);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe("We have waited long enough for a fair deal. We will not wait another year. We want an answer by Friday,");
    expect(quotes[0]?.paragraphs).toBe(3);
    expect(quotes[0]?.pieces).toHaveLength(3);
    expect(quotes[0]?.speaker?.name).toBe("Maria Lopez");
  });

  it("joins a quote interrupted by its attribution into one quote with two pieces", () => {
    const doc = makeDoc(["“The budget is balanced,” said Finance Minister Tom Baker, “and it will stay that way.”"]);
    const [quote] = extractQuotes(doc);
    expect(quote?.pieces).toHaveLength(2);
    expect(quote?.text).toBe("The budget is balanced, and it will stay that way.");
    expect(quote?.speaker).toEqual({ name: "Tom Baker", role: "Finance Minister", kind: "person" });
  });

  it("is verbatim: the text is the pieces' characters joined by one space", () => {
    const doc = makeDoc(["“It’s — frankly — a mess,” said Dr. Ana Silva, “and nobody’s fixing it.”"]);
    for (const quote of extractQuotes(doc)) {
      expect(quote.text).toBe(quote.pieces.map((p) => doc.text.slice(p.start, p.end)).join(" "));
    }
  });

  it("marks partial quotes inside a sentence of paraphrase", () => {
    const doc = makeDoc(["Governor Ruth Adams said the plan would be judged “by its results” and not by its cost."]);
    const [quote] = extractQuotes(doc);
    expect(quote).toMatchObject({ text: "by its results", partial: true, speaker: { name: "Ruth Adams", role: "Governor" } });
  });

  it("leaves out quoted titles, nicknames and scare quotes nobody says", () => {
    const doc = makeDoc([
      "The report appeared in the journal “Nature Climate Change” last week.",
      "Fans of the film “The Long Goodbye” queued for hours.",
      "Boxer Joe “The Hammer” Smith lost his title.",
      "The so-called “reforms” have not started.",
      "She appeared on CNN’s “State of the Union” on Sunday and said the vote was “a turning point.”",
    ]);
    expect(extractQuotes(doc).map((q) => q.text)).toEqual(["a turning point."]);
  });

  it("keeps a quote with no attribution, with no speaker", () => {
    const doc = makeDoc(["Children drew pictures of home. One carried a message in English, “Tell my father I am safe.”"]);
    const [quote] = extractQuotes(doc);
    expect(quote?.text).toBe("Tell my father I am safe.");
    expect(quote?.speaker).toBeNull();
  });
});
