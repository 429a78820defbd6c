import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("a person who speaks inside a reported clause", () => {
  it("does not take a later “he” from the sentence subject", () => {
    expect(
      speakers([
        "Tom Harlan spoke on the radio on Monday.",
        "“I think the critics wrote the story before they called me,” Harlan said.",
        "Harlan turned the story back on the newspaper, pointing out that the paper’s Peter Vance had reported in June that the campaign was falling apart. He hoped, he said, that the paper would avoid similar reporting now.",
        "“Apparently not,” he said.",
      ]),
    ).toEqual(["Tom Harlan", "Tom Harlan"]);
  });
});
