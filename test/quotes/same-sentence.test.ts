import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as quotes } from "./make-doc.js";

// Reporters cut a statement into fragments stitched with paraphrase: every fragment of the sentence is the same speaker's.
describe("a fragment that follows an attributed quote in the same sentence", () => {
  it("keeps the speaker of the sentence's first quote", () => {
    expect(quotes(["Mayor Tom Hale warned that the budget was “in serious trouble this year” because “the harbour fees have all dried up.”"])).toEqual([
      ["in serious trouble this year", "Tom Hale"],
      ["the harbour fees have all dried up.", "Tom Hale"],
    ]);
  });

  it("stops at the end of the sentence", () => {
    const out = quotes(["Mayor Tom Hale warned that the budget was “in serious trouble this year.” The weather was fine. Then “nobody came to the fair at all,” the papers wrote."]);
    expect(out[1]).toEqual(["nobody came to the fair at all,", "the papers"]);
    expect(quotes(["Tom Hale called it “a bad year for the harbour.” Fishing crews were “leaving the town in large numbers.”"])[1]).toEqual([
      "leaving the town in large numbers.",
      null,
    ]);
  });
});
