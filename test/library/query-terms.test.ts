import { describe, expect, it } from "vitest";
import { buildFts5Match } from "../../src/library/search/fts5-match.js";
import { MAX_QUERY_TERMS, parseQueryTerms } from "../../src/library/search/query-terms.js";

const texts = (query: string) => parseQueryTerms(query).map((t) => t.text);

describe("parseQueryTerms", () => {
  it("lower-cases, drops stop words and duplicates, keeps the order typed", () => {
    expect(texts("The Taliban and the Afghanistan TALIBAN")).toEqual(["taliban", "afghanistan"]);
  });

  it("keeps stop words when nothing else is left", () => {
    expect(texts("the who")).toEqual(["the", "who"]);
  });

  it("turns dotted abbreviations and apostrophe names into phrases, splits hyphenated words", () => {
    expect(parseQueryTerms("U.S. O'Brien non-Taliban")).toEqual([
      { text: "u s", prefix: false },
      { text: "o brien", prefix: false },
      { text: "non", prefix: false },
      { text: "taliban", prefix: true },
    ]);
  });

  it("drops possessives and prefixes only words whose stem has five letters or more", () => {
    expect(parseQueryTerms("Reinhardt's EU houses afghan")).toEqual([
      { text: "reinhardt", prefix: true },
      { text: "eu", prefix: false },
      { text: "houses", prefix: false },
      { text: "afghan", prefix: true },
    ]);
  });

  it("treats quotes, operators, stars, colons and emoji as separators", () => {
    expect(texts('"afghan* NEAR(kabul, 3) col:val 🙂 {headline}: ^x')).toEqual(["afghan", "near", "kabul", "3", "col", "val", "headline", "x"].slice(0, MAX_QUERY_TERMS));
    expect(texts('"" * ( ) : 🙂 -- ++')).toEqual([]);
  });

  it("keeps letters of any script and caps the number of terms", () => {
    expect(texts("Élise Moreau Valparaíso 東京 Москва")).toEqual(["élise", "moreau", "valparaíso", "東京", "москва"]);
    expect(parseQueryTerms("one two three four five six seven eight nine ten eleven")).toHaveLength(MAX_QUERY_TERMS);
  });

  it("is linear on a huge input", () => {
    parseQueryTerms("a-".repeat(200_000) + '"'.repeat(100_000));
  });
});

describe("buildFts5Match", () => {
  it("quotes every term; a prefix term also matches its exact stem", () => {
    const terms = parseQueryTerms("afghan U.S. aid");
    expect(buildFts5Match(terms, "any")).toBe('("afghan" OR "afghan"*) OR "u s" OR "aid"');
    expect(buildFts5Match(terms, "all")).toBe('("afghan" OR "afghan"*) AND "u s" AND "aid"');
  });

  it("is empty without terms", () => {
    expect(buildFts5Match([], "any")).toBe("");
  });

  it("never lets a double quote through", () => {
    const hostile = ['"', '""', 'a"b', "NEAR(\"x\")", 'AND "OR" NOT'];
    for (const query of hostile) {
      const match = buildFts5Match(parseQueryTerms(query), "any");
      expect(match.replace(/"[^"]*"/g, "")).not.toContain('"');
    }
  });
});
