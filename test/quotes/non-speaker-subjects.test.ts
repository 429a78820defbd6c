import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("subjects of a speech verb that do not speak", () => {
  it("“that fact speaks volumes” leaves the quote with the person who said it", () => {
    expect(speakers(['Maria Lopez said that fact speaks volumes about who is "ready to fight the machine."'])).toEqual(["Maria Lopez"]);
  });

  it("the person someone expects to speak is not the speaker", () => {
    expect(
      speakers(["Maria Lopez says the city should be doing more and that she expects Mayor Tom Reed to announce an “overhaul” of the program."]),
    ).toEqual(["Maria Lopez"]);
  });

  it("nor is an object pronoun before the infinitive", () => {
    expect(speakers(["Maria Lopez urged him to announce an “overhaul” of the program."])).toEqual(["Maria Lopez"]);
  });

  it("a verb joined by “and” shares the thing that opens the sentence, not the person it hits", () => {
    expect(
      speakers(["The Green ad hits Maria Lopez for her record and claims that “builders own her.”"]),
    ).toEqual(["the Green ad"]);
  });
});

describe("a description with a name in it", () => {
  it("is not resolved to an earlier phrase without that name", () => {
    expect(
      speakers([
        "Allies of Maria Lopez bought a costly digital ad on Monday.",
        "The Green ad, however, says that “builders own her.”",
      ]),
    ).toEqual(["the Green ad"]);
  });
});

describe("“points” without “out”", () => {
  it("is the noun, not a cue", () => {
    expect(
      speakers([
        "Maria Lopez, the state’s governor, repeated claims that Tom Reed recites the same campaign points, calling him a “talented guy” on Monday.",
      ]),
    ).toEqual(["Maria Lopez"]);
  });

  it("still cues a quote as “points out”", () => {
    expect(speakers(["Maria Lopez points out that “nothing works.”"])).toEqual(["Maria Lopez"]);
  });
});
