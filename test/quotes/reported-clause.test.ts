import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("a forecast of what others will say", () => {
  it("gives the quote to the sentence's speaker, not to the subject of “that … will say”", () => {
    expect(speakers(["Mayor Ann Cole said she expected that voters will say “no” to the harbour tax."])).toEqual(["Ann Cole"]);
  });

  it("keeps the subject of “would denounce”, which names the quoted words as theirs", () => {
    expect(speakers(["It is odd that Tom Hale would denounce “red tape,” which he once wrote himself."])).toEqual(["Tom Hale"]);
  });
});
