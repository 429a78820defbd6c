import { describe, expect, it } from "vitest";
import { quoteProfile, quoteShares } from "../../src/summarize/quote-share.js";
import { story } from "./story.js";

const shares = (paragraphs: string[]): number[] => Array.from(quoteShares(story(paragraphs).sentences));

describe("quoteShares", () => {
  it("is 0 for narrative and apostrophes", () => {
    expect(shares(["The minister's plan didn't pass, and the '90s rules stay."])).toEqual([0]);
  });

  it("measures straight, curly and single quotes", () => {
    const [straight, curly, single] = shares([
      "\"We will not give up on this town,\" she said.",
      "“We will not give up on this town,” she said.",
      "'We will not give up on this town,' she said.",
    ]);
    for (const share of [straight, curly, single]) expect(share).toBeGreaterThan(0.6);
    for (const share of [straight, curly, single]) expect(share).toBeLessThan(1);
  });

  it("counts the middle of a quote that spans sentences", () => {
    const result = shares(["'When he wore the cream he was called names. I don't know why. It was cruel,' his mother said."]);
    expect(result).toHaveLength(3);
    expect(result[1]).toBe(1);
  });

  it("does not let a stray mark make the rest of a long paragraph look quoted", () => {
    const result = shares([
      "He said 'maybe and left. The council met on Monday. The vote was close. The budget passed. Work starts in May.",
    ]);
    expect(result.at(-1)).toBe(0);
  });

  it("resets at a paragraph break", () => {
    expect(shares(["\"An unclosed quote runs on here.", "The next paragraph is plain narrative."])[1]).toBe(0);
  });
});

const straddles = (paragraphs: string[]): number[] => Array.from(quoteProfile(story(paragraphs).sentences).straddles);

describe("quoteProfile: sentences that start or end inside a quotation", () => {
  it("flags both halves of a quote that spans two sentences, straight or curly", () => {
    expect(
      straddles([
        "\"The rebels seek recognition. Any recognition will have to be earned,\" the minister told reporters in Geneva.",
        "Talks resume on Monday.",
      ]),
    ).toEqual([1, 1, 0]);
    expect(straddles(["“The rebels seek recognition. Any recognition will have to be earned,” the minister said."])).toEqual([1, 1]);
  });

  it("flags a sentence that opens a quote it does not close, and the quote's middle sentences", () => {
    expect(
      straddles(["His mother said: 'He was called names. I don't know why. It was cruel,' she added. The school apologised."]),
    ).toEqual([1, 1, 1, 0]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(straddles(["Blinken’s plane didn't land until late. The ’90s rules stay. The Smiths’ house was sold."])).toEqual([0, 0, 0]);
  });

  it("leaves a sentence whose quote opens and closes inside it alone", () => {
    expect(straddles(["The mayor said \"we will rebuild\" after the storm. Work starts in May."])).toEqual([0, 0]);
  });

  it("lets a sentence that re-opens a quote stand on its own", () => {
    expect(straddles(["The coach said: \"We will win the next one. \"We are ready for it,\" he added."])).toEqual([1, 0]);
  });

  it("closes every quotation at a paragraph break", () => {
    expect(straddles(["\"An unclosed quote runs on here.", "The next paragraph is plain narrative."])).toEqual([1, 0]);
  });
});
