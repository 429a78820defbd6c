import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("“used the words” before a quote", () => {
  it("names the one who used them", () => {
    expect(
      speakers([
        "Tom Reed refused to endorse the plan.",
        "When Reed used the words, “I am not quite there yet,” he was echoing Mark Dunn.",
      ]),
    ).toEqual(["Tom Reed"]);
  });

  it("does not credit words someone never used", () => {
    expect(speakers(["Mark Dunn spoke first.", "Tom Reed has never used the words “total failure” about the plan."])).not.toContain("Tom Reed");
  });
});
