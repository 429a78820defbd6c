import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/summarize/sentence-shape.js";
import { story } from "./story.js";

const first = (text: string) => {
  const sentence = story([text]).sentences[0];
  if (sentence === undefined) throw new Error("no sentence");
  return sentence;
};

describe("isBoilerplate", () => {
  it("flags page furniture", () => {
    for (const text of [
      "Scroll down for video",
      "READ MORE: The ten best beaches in Europe",
      "Click here to see the full gallery",
      "By Jane Doe and John Roe |",
      "By Jane Doe.",
      "Photo: Reuters",
      "Advertisement",
    ]) {
      expect(isBoilerplate(first(text)), text).toBe(true);
    }
  });

  it("flags credits inside a sentence only as whole words", () => {
    expect(isBoilerplate(first("The flooded bridge (Getty Images) was closed."))).toBe(true);
    expect(isBoilerplate(first("Rescuers worked all night in the rain, Photo credit AP"))).toBe(true);
    expect(isBoilerplate(first("The MyGetty Images app was not used by the council."))).toBe(false);
    expect(isBoilerplate(first("The council said READ MOREs were not a word."))).toBe(false);
  });

  it("keeps story sentences that merely start alike", () => {
    for (const text of [
      "By the end of May, the river had fallen by two metres.",
      "By Monday the roads were open again.",
      "Photographers waited outside the court all day.",
      "Copyright law was changed in 2019.",
    ]) {
      expect(isBoilerplate(first(text)), text).toBe(false);
    }
  });
});
