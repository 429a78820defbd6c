import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as quotes } from "./make-doc.js";

// "Instead, “...”": a linking adverb names no one, so the quote goes on with the speaker before it.
describe("a quote opened by a linking adverb", () => {
  it("keeps the previous speaker", () => {
    expect(quotes(["“The pier should be a place for everyone,” Dana Holt said. Instead, “it is a car park for the ferry.”"])).toEqual([
      ["The pier should be a place for everyone,", "Dana Holt"],
      ["it is a car park for the ferry.", "Dana Holt"],
    ]);
  });

  it("does not take a word that may name a new speaker", () => {
    const out = quotes(["“The pier should be a place for everyone,” Dana Holt said. Critics, “it is a car park for the ferry and always was.”"]);
    expect(out[1]).toEqual(["it is a car park for the ferry and always was.", null]);
  });
});
