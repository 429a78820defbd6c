import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

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
