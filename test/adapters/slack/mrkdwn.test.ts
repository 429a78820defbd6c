import { describe, expect, it } from "vitest";
import { escapeMrkdwn, escapeQuoted, fitText, mrkdwnLink, splitText } from "../../../adapters/slack/mrkdwn.js";

describe("escapeMrkdwn", () => {
  it("escapes only &, < and >, as Slack documents", () => {
    expect(escapeMrkdwn("<!channel> & <@U1> *b* _i_ ~s~ `c` ’")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt; *b* _i_ ~s~ `c` ’");
  });

  it("escapes an entity already in the text, so it shows as typed", () => {
    expect(escapeMrkdwn("&amp;")).toBe("&amp;amp;");
  });

  it("keeps every line of a quote inside the block quote", () => {
    expect(escapeQuoted("one\ntwo <x>")).toBe("one\n>two &lt;x&gt;");
  });
});

describe("splitText", () => {
  it("returns short text whole and nothing for blank text", () => {
    expect(splitText("short", 10)).toEqual(["short"]);
    expect(splitText("  \n ", 10)).toEqual([]);
  });

  it("cuts after whitespace when a piece has any", () => {
    expect(splitText("aaa bbb ccc ddd", 8)).toEqual(["aaa bbb", "ccc ddd"]);
  });

  it("cuts between graphemes when a word is longer than a piece", () => {
    expect(splitText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("counts the escaped length, so an entity is never cut and never overflows", () => {
    const pieces = splitText("&&&&&&", 10);
    expect(pieces).toEqual(["&&", "&&", "&&"]);
    for (const piece of pieces) expect(escapeMrkdwn(piece).length).toBeLessThanOrEqual(10);
  });

  it("never splits a ZWJ emoji sequence or a flag", () => {
    const family = "👨‍👩‍👧‍👦"; // 11 UTF-16 units
    expect(splitText(family.repeat(3), 12)).toEqual([family, family, family]);
    expect(splitText("🇺🇦🇺🇦🇺🇦", 5)).toEqual(["🇺🇦", "🇺🇦", "🇺🇦"]);
  });

  it("is linear: a megabyte splits in well under a second", () => {
    const text = "word ".repeat(200_000);
    expect(splitText(text, 3_000).length).toBeGreaterThan(300);
  });
});

describe("fitText", () => {
  it("adds an ellipsis only when it cut something", () => {
    expect(fitText("a < b", 10)).toBe("a &lt; b");
    expect(fitText("alpha beta gamma", 12)).toBe("alpha beta…");
  });
});

describe("mrkdwnLink", () => {
  it("links http(s) URLs with a label that cannot end the link early", () => {
    expect(mrkdwnLink("https://a.example/x?q=1&r=<2>|3", "A|B>C")).toBe("<https://a.example/x?q=1&amp;r=%3C2%3E%7C3|A¦B&gt;C>");
  });

  it("shows the label alone for any other scheme or an unparseable URL", () => {
    expect(mrkdwnLink("javascript:alert(1)", "x")).toBe("x");
    expect(mrkdwnLink("not a url", "<!here>")).toBe("&lt;!here&gt;");
    expect(mrkdwnLink(undefined, "plain")).toBe("plain");
  });
});
