import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("words printed on a thing", () => {
  it("credits the sign, not the person holding it", () => {
    expect(speakers(["Mary Brown held up a sign saying “Jobs Before Walls.” She has marched for years."])).toEqual(["a sign"]);
  });

  it("credits a hat that reads a slogan, not its wearer", () => {
    expect(speakers(["Tom Green wore a red campaign hat reading, “Build Bridges Now” at the rally."])).toEqual(["a red campaign hat"]);
  });

  it("credits a headline that said something", () => {
    expect(speakers(["Ann Lee posted her message under a headline that said, “Town Votes To Close School.”"])).toEqual(["a headline"]);
  });

  it("still credits a person who holds a sign and speaks", () => {
    expect(speakers(["Tom Green held the sign and said, “We will win.”"])).toEqual(["Tom Green"]);
  });
});

describe("participles joined by “and”", () => {
  it("gives the second participle the “with” subject of the first", () => {
    expect(
      speakers([
        "Democrats were quick to react, with Jane Doe tweeting that the vote was a “farce” and asking, “Who will pay for this?”",
      ]),
    ).toEqual(["Jane Doe", "Jane Doe"]);
  });
});
