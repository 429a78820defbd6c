import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc } from "./make-doc.js";

const speakers = (paragraphs: string[]) => extractQuotes(makeDoc(paragraphs)).map((q) => q.speaker?.name ?? null);

describe("the subject of a participle that speaks", () => {
  it("takes the one heard asking, not the one asked", () => {
    expect(speakers(["“Should we build a wall?” a reporter can be heard asking Trump after an event in Iowa."])).toEqual(["a reporter"]);
  });

  it("takes the noun phrase after “with”, not the sentence's subject", () => {
    expect(
      speakers(["Tom Hale and his allies tried to tie Ann Cole to the mayor, with one of their ads asking, “Is Ann Cole fit to serve?”"]),
    ).toEqual(["one of their ads"]);
  });
});
