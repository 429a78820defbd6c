// Digests as Block Kit: the exact blocks, the split between stories at Block Kit's edges, hostile text.
import { describe, expect, it } from "vitest";
import { renderSlackReply } from "../../../adapters/slack/render.js";
import type { SlackMessage } from "../../../adapters/slack/render.js";
import type { Reply } from "../../../src/chat/reply.js";
import { digestItem, digestQuote, digestReply, EMPTY_DIGEST, manyItems, source } from "../digest-replies.js";
import { expectInert, expectWithinLimits, texts, unescape } from "./block-kit-rules.js";
import { EMOJI, HOSTILE, RTL } from "./replies.js";

function render(reply: Reply): SlackMessage[] {
  const messages = renderSlackReply(reply);
  expectWithinLimits(messages);
  expectInert(messages);
  return messages;
}

const headlinesIn = (message: SlackMessage) =>
  message.blocks.flatMap((b) => (b.type === "section" && b.text.text.startsWith("*<") ? [/\|(Story \d+)/.exec(b.text.text)?.[1] ?? ""] : []));

describe("Slack rendering: digest", () => {
  it("renders a header, the intro, then per story a divider, linked headline with summary, the quote and the sources", () => {
    const messages = render(digestReply([digestItem()]));
    expect(messages).toEqual([
      {
        text: "Digest: bridges: 1 new stories since Mon 4 Mar, 08:00 UTC",
        blocks: [
          { type: "header", text: { type: "plain_text", text: "Digest: bridges", emoji: false } },
          { type: "context", elements: [{ type: "mrkdwn", text: "1 new stories since Mon 4 Mar, 08:00 UTC", verbatim: true }] },
          { type: "divider" },
          {
            type: "section",
            text: {
              type: "mrkdwn",
              text: "*<https://gazette.example/bridge|Villa council approves new bridge>*\n• The council voted 7-2 on Tuesday to rebuild the river bridge.\n• Work starts in May.",
              verbatim: true,
            },
          },
          { type: "section", text: { type: "mrkdwn", text: ">“We will rebuild the bridge before winter,”\n— *Ana Ruiz*, Mayor of Villa", verbatim: true } },
          {
            type: "context",
            elements: [{ type: "mrkdwn", text: "<https://gazette.example/bridge|Villa Gazette> · <https://riverpost.example/b|River Post> · 2024-03-01", verbatim: true }],
          },
        ],
      },
    ]);
  });

  it("says that nothing is new when the digest has no stories", () => {
    const [message, ...more] = render(EMPTY_DIGEST);
    expect(more).toEqual([]);
    expect(message?.blocks.map((b) => b.type)).toEqual(["header", "context", "section"]);
    expect(texts(message!).at(-1)).toBe("_Nothing new on this topic since the last digest._");
  });

  it("leaves out the quote block for a story without one and the link for a source without a web address", () => {
    const [message] = render(digestReply([digestItem({ quote: undefined, sources: [{ name: "Wire", url: "javascript:alert(1)" }] })]));
    expect(message?.blocks.map((b) => b.type)).toEqual(["header", "context", "divider", "section", "context"]);
    expect(texts(message!)).toContain("Wire");
    expect(JSON.stringify(message)).not.toContain("javascript:");
  });

  it("fits exactly 50 blocks in one message (12 stories of 4 blocks and the opening 2), and splits at the 13th story", () => {
    const twelve = render(digestReply(manyItems(12, 40, 40)));
    expect(twelve.map((m) => m.blocks.length)).toEqual([50]);
    const thirteen = render(digestReply(manyItems(13, 40, 40)));
    expect(thirteen.map((m) => m.blocks.length)).toEqual([50, 5]);
    expect(thirteen[1]?.blocks[0]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "Digest: bridges · part 2/2", verbatim: true }] });
    expect(thirteen[1]?.blocks[1]?.type).toBe("divider"); // the 13th story arrives whole
  });

  it("splits a digest of long stories between stories, never inside one, keeping their order", () => {
    const messages = render(digestReply(manyItems(30, 900, 500)));
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.flatMap(headlinesIn)).toEqual(Array.from({ length: 30 }, (_, i) => `Story ${i + 1}`));
    for (const message of messages.slice(1)) {
      expect(message.blocks[0]?.type).toBe("context");
      expect(message.blocks[1]?.type).toBe("divider");
      expect(message.blocks.at(-1)?.type).toBe("context"); // each story ends with its sources
    }
  });

  it("cuts a 5,000-character quote and summary sentence with an ellipsis: a digest is a glance", () => {
    const long = "word ".repeat(1_000).trim();
    const [message, ...more] = render(digestReply([digestItem({ summary: [long], quote: digestQuote(long) })]));
    expect(more).toEqual([]);
    const sections = message!.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : []));
    expect(sections[0]).toMatch(/^\*<[^>]+>\*\n• (word ){80,}word…$/);
    expect(sections[1]).toMatch(/^>“(word ){80,}word…”\n— \*Ana Ruiz\*, Mayor of Villa$/);
    expect(sections[1]!.length).toBeLessThan(600);
  });

  it("keeps the worst case story (hostile, huge, monster URLs, many sources) within one message's budget", () => {
    const monster = `https://evil.example/${"a&".repeat(900)}`;
    const item = digestItem({
      headline: "&".repeat(400),
      summary: Array.from({ length: 5 }, () => "&".repeat(600)),
      quote: digestQuote("&".repeat(5_000), { name: "&".repeat(500), role: "&".repeat(500), kind: "person" }),
      sources: Array.from({ length: 12 }, () => source("&".repeat(300), monster)),
    });
    const messages = render(digestReply([item, item, item, item, item]));
    expect(messages.length).toBeGreaterThan(1);
    // Slack refuses messages past roughly 12,000 characters of block text; the adapter aims for 8,000.
    for (const message of messages) expect(texts(message).join("").length).toBeLessThanOrEqual(8_000);
  });

  it("makes mentions, links and markup from article text inert everywhere", () => {
    const speaker = { name: `Eve ${HOSTILE}`, role: HOSTILE, kind: "person" as const };
    const item = digestItem({ headline: HOSTILE, summary: [HOSTILE], quote: digestQuote(HOSTILE, speaker), sources: [source(HOSTILE, "https://news.example/<!channel>|x")] });
    const messages = render({ kind: "digest", title: HOSTILE, intro: HOSTILE, items: [item] });
    const shown = messages.flatMap(texts).join("\n");
    expect(shown).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt;");
    expect(shown).toContain("<https://news.example/%3C!channel%3E%7Cx|");
    expect(messages[0]?.text).not.toMatch(/<!/);
  });

  it("shows RTL text unchanged and never cuts an emoji in half", () => {
    const rtl = render(digestReply([digestItem({ headline: RTL, summary: [RTL], quote: digestQuote(RTL, { name: "وزير الخارجية", kind: "person" }) })]));
    expect(rtl.flatMap(texts).map(unescape).join("\n")).toContain(RTL);
    const many = EMOJI.repeat(300);
    render({ kind: "digest", title: many, intro: many, items: [digestItem({ headline: many, summary: [many], quote: digestQuote(many) })] });
  });
});
