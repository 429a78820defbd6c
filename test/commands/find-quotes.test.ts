import { describe, expect, it } from "vitest";
import { selectQuotes } from "../../src/commands/find-quotes.js";
import type { Quote, Speaker } from "../../src/quotes/quote.js";

const quote = (text: string, speaker: Speaker | null): Quote => ({
  text,
  speaker,
  pieces: [{ start: 0, end: text.length }],
  paragraph: 0,
  paragraphs: 1,
  partial: false,
});
const quotes = [
  quote("One.", { name: "Heiko Maas", role: "German Foreign Minister", kind: "person" }),
  quote("Two.", { name: "Shah Mahmood Qureshi", role: "Pakistan's Foreign Minister", kind: "person" }),
  quote("Three.", null),
  quote("Four.", { name: "Heiko Maas", role: "German Foreign Minister", kind: "person" }),
];

describe("selectQuotes", () => {
  it("lists all quotes for an empty argument", () => {
    expect(selectQuotes(quotes, "  ")).toEqual({ kind: "all", quotes });
  });

  it("matches a speaker by surname, full name or role words, case-insensitively", () => {
    expect(selectQuotes(quotes, "maas")).toMatchObject({ kind: "speaker", quotes: [quotes[0], quotes[3]] });
    expect(selectQuotes(quotes, "Shah Mahmood Qureshi")).toMatchObject({ kind: "speaker", quotes: [quotes[1]] });
    expect(selectQuotes(quotes, "pakistan foreign minister")).toMatchObject({ kind: "speaker", quotes: [quotes[1]] });
    expect(selectQuotes(quotes, "foreign minister")).toMatchObject({ kind: "speaker", quotes: [quotes[0], quotes[1], quotes[3]] });
  });

  it("picks a quote by its 1-based number", () => {
    expect(selectQuotes(quotes, "2")).toEqual({ kind: "number", quote: quotes[1], number: 2 });
    expect(selectQuotes(quotes, "#4")).toEqual({ kind: "number", quote: quotes[3], number: 4 });
  });

  it("says why nothing matched", () => {
    expect(selectQuotes(quotes, "nobody")).toEqual({ kind: "none", query: "nobody", reason: "no-speaker" });
    expect(selectQuotes(quotes, "9")).toEqual({ kind: "none", query: "9", reason: "no-number" });
    expect(selectQuotes([], "0")).toEqual({ kind: "none", query: "0", reason: "no-number" });
  });
});
