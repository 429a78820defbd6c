import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits plain sentences and trims", () => {
    expect(split("  One here. Two there!  Three? ")).toEqual(["One here.", "Two there!", "Three?"]);
  });

  it("keeps titles, initials, dates and dotted abbreviations inside a sentence", () => {
    const text =
      "U.S. Secretary of State Antony Blinken spoke on Sept. 8 with Dr. Ada Obi of the Univ. of Lagos. " +
      "John F. Kennedy Jr. was not there. The meeting at No. 10 ended at 3 p.m. on Tuesday.";
    expect(split(text)).toEqual([
      "U.S. Secretary of State Antony Blinken spoke on Sept. 8 with Dr. Ada Obi of the Univ. of Lagos.",
      "John F. Kennedy Jr. was not there.",
      "The meeting at No. 10 ended at 3 p.m. on Tuesday.",
    ]);
  });

  it("ends a sentence after an abbreviation when a sentence opener follows", () => {
    expect(split("He moved to the U.S. The move was hard. Apple Inc. It grew.")).toEqual([
      "He moved to the U.S.",
      "The move was hard.",
      "Apple Inc.",
      "It grew.",
    ]);
  });

  it("keeps a quote with its attribution and splits after a closing quote", () => {
    const text = '"We will win," she said. "Stop!" he shouted. He said "no." Then he left.';
    expect(split(text)).toEqual(['"We will win," she said.', '"Stop!" he shouted.', 'He said "no."', "Then he left."]);
  });

  it("does not split at an ellipsis followed by lower case", () => {
    expect(split("From their perspective... they agreed. Yes.")).toEqual(["From their perspective... they agreed.", "Yes."]);
  });

  it("handles curly quotes, text without punctuation and empty input", () => {
    expect(split("“It is over.” The end")).toEqual(["“It is over.”", "The end"]);
    expect(split("no punctuation at all here")).toEqual(["no punctuation at all here"]);
    expect(split("   ")).toEqual([]);
  });

  it("cuts an endless sentence into bounded pieces", () => {
    const text = "word ".repeat(2_000);
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1_500);
    expect(pieces.join(" ")).toBe(text.trim());
  });

  it("splits only inside the requested range", () => {
    const text = "Skip this. Keep one. Keep two. Skip too.";
    const start = text.indexOf("Keep");
    const end = text.indexOf(" Skip too");
    expect(splitSentences(text, start, end).map((s) => text.slice(s.start, s.end))).toEqual(["Keep one.", "Keep two."]);
  });
});

describe("splitSentences: captions fused with the story", () => {
  it("splits a long run-on where a caption lost its full stop before the next sentence", () => {
    const caption = "Former teacher Jane Doe, 35, pictured here in court on Wednesday, denied four counts of assault";
    const story = "A senior doctor facing similar allegations has been suspended by the hospital.";
    expect(split(`${caption} ${story}`)).toEqual([caption, story]);
    const picture = "The family must use a special brown cream (pictured) as the boy suffers from a rare allergy";
    expect(split(`${picture} He suffers from a condition that makes his skin burn in the sun.`)).toEqual([
      picture,
      "He suffers from a condition that makes his skin burn in the sun.",
    ]);
  });

  it("leaves capitals inside normal sentences alone", () => {
    for (const text of [
      "Nurse A said the doctor had offered to help her with her training in December, prosecutors told the jury on Monday.",
      "The pupils who scored grade A results in every subject were invited to the ceremony at the town hall on Friday night.",
      "Passengers crowd onto scooters to get from A to B while another carries a giant pile of baskets through the traffic.",
      "The pastor asked the crowd to pray and approach the Lord with humility and ask for His forgiveness and His protection.",
      "I was so worried when I got the call from the school, because I knew something was wrong and I had to get there fast.",
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it("keeps a short sentence whole even with a capital after a lower-case word", () => {
    expect(split("She was the It girl of the decade.")).toEqual(["She was the It girl of the decade."]);
  });

  // The vitest timeout is the hang guard; linearity is measured in the benchmark.
  it("splits a long text full of run-ons", () => {
    const text = "the crowd cheered The team won the cup at home ".repeat(20_000);
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(100);
  });
});
