import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("who speaks at a cue", () => {
  it("names the member picked out of a group (“said one of those aides”)", () => {
    expect(speakers(["“We will carry the county,” said one of those aides, who asked not to be named."])).toEqual(["one of those aides"]);
    expect(speakers(["“We will carry the county,” one of the senior aides said."])).toEqual(["one of the senior aides"]);
  });

  it("prefers the name in an appositive to the description before it", () => {
    expect(speakers(["“The plant stays open,” a spokesman, Tavio Brennick, said."])).toEqual(["Tavio Brennick"]);
    expect(speakers(["“She taught us all,” another friend, Tavio Brennick told the paper."])).toEqual(["Tavio Brennick"]);
  });

  it("takes the author of a document quoted “according to” it", () => {
    expect(speakers(["“The evidence falls short,” according to a court filing signed by county prosecutor Helen Park."])).toEqual([
      "Helen Park",
    ]);
  });

  it("resolves “the former mayor” only to someone the article calls a former mayor", () => {
    expect(speakers(["Former Mayor Tom Reed spoke at the rally.", "“We can win this,” the former mayor said."])).toEqual(["Tom Reed"]);
    expect(speakers(["Mayor Tom Reed spoke at the rally.", "“We can win this,” the former mayor said."])).toEqual(["the former mayor"]);
  });

  it("keeps the previous speaker for a quote introduced only by when or where it was said", () => {
    expect(
      speakers(["“We made a mistake going in,” Helen Park told a radio host in May.", "Then, later that month on television: “I never said it was a mistake.”"]),
    ).toEqual(["Helen Park", "Helen Park"]);
  });
});

describe("who a pronoun names", () => {
  it("lets a person introduced in the sentence after a quote become the topic", () => {
    expect(
      speakers([
        "Mark Dunn called the closure “reckless.” Tom Reed, a retired engineer, warned on Monday that the bridge could fail.",
        "“Nobody has inspected it for years,” he wrote on his blog.",
      ]),
    ).toEqual(["Mark Dunn", "Tom Reed"]);
  });

  it("sees the subject behind a title that names an organisation", () => {
    expect(
      speakers([
        "One delegate, National Farmers Union chairwoman Ruth Baker, pledged her vote to Helen Park to let Helen Park focus on the fall.",
        "“We need to move on,” she said.",
      ]),
    ).toEqual(["Ruth Baker"]);
  });

  it("follows a person through “which he said” and past names joined after a preposition", () => {
    expect(
      speakers([
        "There, the county party chairman Tavio Brennick declined to name the delegates. The county saw 30 applicants, which he said were split between Tom Reed and Mark Dunn.",
        "“Reed has his share of support here,” he said.",
      ]),
    ).toEqual(["Tavio Brennick"]);
  });
});
