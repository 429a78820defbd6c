// Rendering at Block Kit's edges: huge quotes, many quotes, hostile text, RTL, emoji at the cut.
import { describe, expect, it } from "vitest";
import { renderSlackReply } from "../../../adapters/slack/render.js";
import type { SlackMessage } from "../../../adapters/slack/render.js";
import type { Reply } from "../../../src/chat/reply.js";
import { expectInert, expectWithinLimits, texts, unescape } from "./block-kit-rules.js";
import { briefingReply, EMOJI, HOSTILE, quote, quotesReply, RTL } from "./replies.js";

const words = (count: number, word = "word") => Array.from({ length: count }, (_, i) => `${word}${i}`).join(" ");
const sections = (messages: SlackMessage[]) => messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : [])));

function render(reply: Reply): SlackMessage[] {
  const messages = renderSlackReply(reply);
  expectWithinLimits(messages);
  expectInert(messages);
  return messages;
}

describe("Slack rendering limits", () => {
  it("delivers a 5,000-character quote whole in /quotes, split at word boundaries", () => {
    const text = words(700).slice(0, 5_000).trimEnd();
    const messages = render(quotesReply([quote(text)]));
    const parts = sections(messages).map((s) => s.replace(/^>(\*1\.\* )?“?/, "").replace(/”\n— .*$/s, ""));
    expect(parts).toHaveLength(2);
    expect(parts.join(" ")).toBe(text);
    expect(parts[0]).toMatch(/word\d+$/);
  });

  it("cuts a 5,000-character key quote in a briefing and points to /quotes for the rest", () => {
    const [message, ...more] = render(briefingReply({ quotes: [quote("x".repeat(10) + " " + words(900))] }));
    expect(more).toEqual([]);
    const shown = sections([message!]).find((s) => s.startsWith(">“"));
    expect(shown).toMatch(/…”\n— \*Ada Example\*, Minister of Tests · _whole quote: \/quotes 1_$/);
    expect(shown!.length).toBeLessThan(1_200);
  });

  it("splits 60 quotes over several messages, in order, each continuation saying which part it is", () => {
    const quotes = Array.from({ length: 60 }, (_, i) => quote(`Quote number ${i + 1}: ${words(40)}`, { name: `Speaker ${i}`, kind: "person" }, i));
    const messages = render(quotesReply(quotes));
    expect(messages.length).toBeGreaterThan(1);
    const numbers = sections(messages).map((s) => Number(/^>\*(\d+)\.\*/.exec(s)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    messages.slice(1).forEach((message, i) => {
      expect(message.blocks[0]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: `All 60 quotes · part ${i + 2}/${messages.length}`, verbatim: true }] });
      expect(message.text).toBe(`All 60 quotes · part ${i + 2}/${messages.length}`);
    });
  });

  it("keeps 60 one-line quotes under 50 blocks a message", () => {
    const quotes = Array.from({ length: 60 }, (_, i) => quote(`Yes ${i}.`));
    const messages = render(quotesReply(quotes));
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 13]);
  });

  it("makes mentions, links and markup in article text inert everywhere", () => {
    const speaker = { name: `Eve ${HOSTILE}`, role: HOSTILE, kind: "person" as const };
    const reply = briefingReply(
      { headline: HOSTILE, summary: [HOSTILE, HOSTILE], quotes: [quote(HOSTILE, speaker)], sources: [{ name: HOSTILE, url: "https://news.example/<!channel>|x" }] },
      { also: [{ headline: HOSTILE, sources: 2 }], actions: [{ label: HOSTILE, command: "quotes", argument: HOSTILE }] },
    );
    const all = [...render(reply), ...render(quotesReply([quote(HOSTILE, speaker)], HOSTILE)), ...render({ kind: "notice", tone: "warning", title: HOSTILE, lines: [HOSTILE] })];
    const shown = all.flatMap(texts).join("\n");
    expect(shown).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt;");
    expect(shown).toContain("&lt;!subteam^S123|@team&gt; &lt;https://evil.example|click me&gt; &amp;amp; &amp;");
    expect(shown).toContain("<https://news.example/%3C!channel%3E%7Cx|");
  });

  it("shows RTL text unchanged", () => {
    const messages = render(briefingReply({ headline: RTL, summary: [RTL], quotes: [quote(RTL, { name: "وزير الخارجية", kind: "person" })] }));
    const shown = messages.flatMap(texts).map(unescape).join("\n");
    expect(shown).toContain(RTL);
    expect(shown).toContain("— *وزير الخارجية*");
  });

  it("never cuts an emoji in half, in headers, buttons or sections", () => {
    const many = EMOJI.repeat(400);
    const reply = briefingReply({ headline: many, summary: [many], quotes: [quote(many)] }, { actions: [{ label: many, command: "quotes", argument: "x" }] });
    const [message] = render(reply);
    const header = message!.blocks[0];
    expect(header?.type === "header" && header.text.text).toMatch(/^(👨‍👩‍👧‍👦🇺🇦👍🏽)*(👨‍👩‍👧‍👦|👨‍👩‍👧‍👦🇺🇦)?…$/u);
    const long = render(quotesReply([quote(many)]));
    expect(sections(long).join("").replace(/[>“”\n—*,]|Ada Example|Minister of Tests|1\.|\s/gu, "")).toBe(many);
  });

  it("caps buttons at 25, labels at 75 characters, and drops a button whose command cannot fit in its value", () => {
    const actions = [
      { label: "L".repeat(100), command: "quotes" as const, argument: "x" },
      { label: "Too long", command: "quotes" as const, argument: "a".repeat(2_500) },
      ...Array.from({ length: 30 }, (_, i) => ({ label: `Speaker ${i}`, command: "quotes" as const, argument: `Speaker ${i}` })),
    ];
    const [message] = render(briefingReply({}, { actions }));
    const buttons = message!.blocks.find((b) => b.type === "actions");
    expect(buttons?.type === "actions" && buttons.elements.length).toBe(25);
    expect(buttons?.type === "actions" && buttons.elements[0]?.text.text).toBe(`${"L".repeat(74)}…`);
    expect(buttons?.type === "actions" && buttons.elements.some((b) => b.text.text === "Too long")).toBe(false);
  });

  it("fits a 200-character headline into the 150-character header", () => {
    const [message] = render(briefingReply({ headline: words(40) }));
    const header = message!.blocks[0];
    expect(header?.type === "header" && header.text.text.length).toBeLessThanOrEqual(150);
    expect(header?.type === "header" && header.text.text).toMatch(/word\d+…$/);
  });

  it("spreads a long notice and a long context paragraph over sections", () => {
    render({ kind: "notice", tone: "info", title: "Many lines", lines: Array.from({ length: 100 }, () => words(80)) });
    const messages = render(quotesReply([quote("Short.")], [words(800), words(800)].join("\n\n")));
    expect(sections(messages).filter((s) => s.startsWith("word") || s.startsWith("*In context*")).length).toBeGreaterThan(2);
  });

  it("bounds a briefing with many long summary sentences", () => {
    const summary = Array.from({ length: 20 }, () => `${words(300)}.`);
    const messages = render(briefingReply({ summary }));
    expect(messages.at(-1)?.blocks.at(-1)?.type).toBe("actions");
  });
});
