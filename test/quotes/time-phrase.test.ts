import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("a time phrase between a subject and its verb", () => {
  it("skips “last week” to the subject before it", () => {
    expect(speakers(["Mayor Tom Hale last week said, “We will build the bridge.”"])).toEqual(["Tom Hale"]);
  });

  it("skips “last month” after an appositive", () => {
    expect(speakers(["Ann Cole, the city treasurer, last month said the budget was “a house of cards.”"])).toEqual(["Ann Cole"]);
  });

  it("skips a time phrase after a bracketed party and state", () => {
    expect(speakers(["Sen. Ann Cole (D-Ore.) this week said Tom Hale was not “the right man” for the job."])).toEqual(["Ann Cole"]);
  });
});
