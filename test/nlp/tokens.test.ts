import { describe, expect, it } from "vitest";
import { queryStems, tokenize } from "../../src/nlp/tokens.js";

describe("tokenize", () => {
  it("keeps abbreviations, hyphens, apostrophes and ampersands inside tokens", () => {
    const words = tokenize("The U.S.-led mission, AT&T's deal and rock ’n’ roll.").map((t) => t.text);
    expect(words).toEqual(["The", "U.S.-led", "mission", "AT&T's", "deal", "and", "rock", "n", "roll"]);
  });

  it("keeps dotted abbreviations whole but drops a sentence's final period", () => {
    expect(tokenize("He went to the U.S. and left.").map((t) => t.text)).toEqual(["He", "went", "to", "the", "U.S.", "and", "left"]);
  });

  it("gives spans into the text, shifted by the offset", () => {
    const text = "Hello, wide world";
    for (const token of tokenize(text, 100)) {
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
    }
  });

  it("stems with Porter2 and folds possessives, so word forms share a stem", () => {
    const [a, b, c] = tokenize("Pakistan's legitimate legitimately");
    expect(a?.stem).toBe("pakistan");
    expect(b?.stem).toBe(c?.stem);
    expect(queryStems("Running runs")).toEqual(["run", "run"]);
  });

  it("reads non-Latin scripts and ignores emoji and symbols", () => {
    expect(tokenize("Москва — столица 🙂 東京").map((t) => t.text)).toEqual(["Москва", "столица", "東京"]);
  });
});
