import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as quotes } from "./make-doc.js";

// "In X's words, “...”": the phrase that leads to the quote credits it, with no verb of saying.
describe("“in X’s words” and “in the words of X”", () => {
  it("credits the owner of the words", () => {
    expect(quotes(["The fair closed early because, in Dana Holt’s words, “nobody wanted to stand in the rain all day.”"])).toEqual([
      ["nobody wanted to stand in the rain all day.", "Dana Holt"],
    ]);
    expect(quotes(["The fair closed early because, in the words of Dana Holt, “nobody wanted to stand in the rain all day.”"])).toEqual([
      ["nobody wanted to stand in the rain all day.", "Dana Holt"],
    ]);
  });

  it("needs the comma that closes the phrase right before the quote", () => {
    const out = quotes(["Dana Holt’s words were kind. The sign said “nobody wanted to stand in the rain all day” in red."]);
    expect(out[0]?.[1]).not.toBe("Dana Holt");
  });
});
