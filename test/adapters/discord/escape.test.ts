import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownKeepingCode, neutraliseMentions } from "../../../adapters/discord/escape.js";
import { clipText, fitLines, splitText } from "../../../adapters/discord/text-fit.js";

const ZWSP = "\u200b";

describe("escapeMarkdown", () => {
  it.each([
    ["**bold** __under__ *it* _it_", "\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\*it\\* \\_it\\_"],
    ["~~gone~~ ||spoiler||", "\\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|"],
    ["`code` ```block```", "\\`code\\` \\`\\`\\`block\\`\\`\\`"],
    ["[click me](https://evil.example)", "\\[click me\\](https://evil.example)"],
    ["a \\* b", "a \\\\\\* b"],
    ["> quoted\n>>> all of it", "\\> quoted\n\\>>> all of it"],
    ["# Big\n## Bigger\n-# small", "\\# Big\n\\## Bigger\n\\-# small"],
    ["- item\n  - nested\n1. first\n12. twelfth", "\\- item\n  \\- nested\n1\\. first\n12\\. twelfth"],
    ["2 > 1 and a - b, 3.5 # tag", "2 > 1 and a - b, 3.5 # tag"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("neutralises every kind of mention with a zero-width space", () => {
    expect(escapeMarkdown("@everyone @here @EVERYONE <@123> <@!123> <@&456> <#789> </brief:1> <:wave:2> <a:dance:3> <t:1:R>")).toBe(
      `@${ZWSP}everyone @${ZWSP}here @${ZWSP}EVERYONE <${ZWSP}@123> <${ZWSP}@!123> <${ZWSP}@&456> <${ZWSP}#789> <${ZWSP}/brief:1> <${ZWSP}:wave:2> <${ZWSP}a:dance:3> <${ZWSP}t:1:R>`,
    );
  });

  it("leaves ordinary prose, RTL text and emoji alone", () => {
    const prose = "She said: “It’s 3.5% — not 4%.” 👍🏽 Email a@b.example. مرحبا بالعالم שלום עולם";
    expect(escapeMarkdown(prose)).toBe(prose);
  });

  it("keeps the core's code spans in notices but escapes what surrounds them", () => {
    expect(escapeMarkdownKeepingCode("Try `/quotes 1` on *this* @here")).toBe(`Try \`/quotes 1\` on \\*this\\* @${ZWSP}here`);
    expect(neutraliseMentions("`@everyone`")).toBe(`\`@${ZWSP}everyone\``);
  });

  it("stays linear on a megabyte of hostile markup", () => {
    const hostile = "> **@everyone** <@1> [x](y) ~~|| `\n- 1. # ".repeat(25_000);
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toContain("@everyone");
  });
});

describe("clipText", () => {
  it("returns text that fits unchanged, at the exact limit too", () => {
    expect(clipText("abc", 3)).toBe("abc");
  });

  it("cuts at a word with an ellipsis, without trailing punctuation", () => {
    expect(clipText("one two, three four", 12)).toBe("one two…");
    expect(clipText("one two three", 12).length).toBeLessThanOrEqual(12);
  });

  it("cuts a single endless word mid-word when no word break is near", () => {
    expect(clipText("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });

  it("never splits a surrogate pair or leaves a dangling escape", () => {
    const emoji = "👍".repeat(20);
    const clipped = clipText(emoji, 10);
    expect(clipped).toBe(`${"👍".repeat(4)}…`);
    expect(clipText("\\*".repeat(20), 10)).toBe("\\*\\*\\*\\*…");
  });
});

describe("splitText and fitLines", () => {
  it("splits at words and loses nothing but the breaking spaces", () => {
    const text = "alpha beta gamma delta epsilon zeta eta theta";
    const pieces = splitText(text, 12);
    expect(pieces.every((piece) => piece.length <= 12)).toBe(true);
    expect(pieces.join(" ")).toBe(text);
  });

  it("keeps whole lines while they fit", () => {
    expect(fitLines(["aaa", "bbb", "ccc"], 8)).toBe("aaa\nbbb");
    expect(fitLines(["a".repeat(20)], 8)).toBe(`${"a".repeat(7)}…`);
  });
});
