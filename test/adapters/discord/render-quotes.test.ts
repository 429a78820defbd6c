import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../adapters/discord/render.js";
import type { Reply } from "../../../src/chat/reply.js";
import { quote, quotesReply, words } from "./fixtures.js";
import { expectWithinDiscordLimits } from "./limits-check.js";

const ZWSP = "\u200b";

function fieldsOf(reply: Reply) {
  const messages = renderDiscordReply(reply);
  expectWithinDiscordLimits(messages);
  return { messages, fields: messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? [])) };
}

/** The quote texts back from fields: continuation pieces re-joined at the spaces they were split on. */
function quoteTexts(fields: { name: string; value: string }[]): string[] {
  const texts: string[] = [];
  for (const field of fields) {
    const piece = field.value.replace(/^[“…]/, "").replace(/[”…]$/, "");
    if (field.name.endsWith("(continued)")) texts[texts.length - 1] += ` ${piece}`;
    else texts.push(piece);
  }
  return texts;
}

describe("renderDiscordReply: quotes", () => {
  it("numbers each quote with its speaker, under a header naming the story", () => {
    const { messages, fields } = fieldsOf(quotesReply([quote("We will rebuild it,"), quote("Say hi", null)], { numbers: [3, 7] }));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.embeds[0]?.title).toBe("All 2 quotes");
    expect(messages[0]?.embeds[0]?.description).toBe("From “Villa council approves new bridge”");
    expect(fields).toEqual([
      { name: "3. Ana Ruiz, Mayor of Villa", value: "“We will rebuild it,”" },
      { name: "7. unattributed", value: "“Say hi”" },
    ]);
  });

  it("shows a 5,000-character quote whole, over continuation fields", () => {
    const long = words(5_000, "engagement");
    const { fields } = fieldsOf(quotesReply([quote(long)]));
    expect(fields.length).toBe(5);
    expect(fields[1]?.name).toBe("1. (continued)");
    expect(quoteTexts(fields)).toEqual([long.trimEnd()]);
  });

  it("puts 30 short quotes in two embeds of one message (25 fields an embed)", () => {
    const { messages } = fieldsOf(quotesReply(Array.from({ length: 30 }, (_, i) => quote(`Quote ${i}`))));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.embeds.map((e) => e.fields?.length)).toEqual([25, 5]);
  });

  it("opens a new message after 10 embeds", () => {
    const { messages } = fieldsOf(quotesReply(Array.from({ length: 300 }, () => quote("Yes", null))));
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 2]);
    expect(messages[1]?.embeds[0]?.title).toBeUndefined();
  });

  it("splits 60 long quotes over messages of at most 6,000 characters, in order, losing nothing", () => {
    const texts = Array.from({ length: 60 }, (_, i) => `${i} ${words(1_100, "vacuum")}`.trimEnd());
    const { messages, fields } = fieldsOf(quotesReply(texts.map((text) => quote(text))));
    expect(messages.length).toBeGreaterThan(10);
    expect(quoteTexts(fields)).toEqual(texts);
    expect(fields.filter((f) => !f.name.endsWith("(continued)")).map((f) => Number.parseInt(f.name, 10))).toEqual(texts.map((_, i) => i + 1));
  });

  it("quotes the context paragraph under one quote, within 4,096 characters", () => {
    const { messages } = fieldsOf(quotesReply([quote("Yes")], { title: "Quote 1 of 1", context: `"Yes," she said.\n> ${words(10_000)}` }));
    const description = messages[0]?.embeds[0]?.description ?? "";
    expect(description.startsWith("From “Villa council approves new bridge”\n\n> \"Yes,\" she said.\n> \\> bridge")).toBe(true);
    expect(description.length).toBeLessThanOrEqual(4_096);
  });

  it("escapes hostile quotes and neutralises mentions in every field", () => {
    const { fields } = fieldsOf(quotesReply([quote("@everyone look at <@&42> ~~now~~", { name: "<@1>", kind: "person" })]));
    expect(fields[0]).toEqual({ name: `1. <${ZWSP}@1>`, value: `“@${ZWSP}everyone look at <${ZWSP}@&42> \\~\\~now\\~\\~”` });
  });

  it("keeps emoji whole when a long quote of emoji is split", () => {
    fieldsOf(quotesReply([quote("👍🏽".repeat(1_500))]));
  });
});

describe("renderDiscordReply: notice", () => {
  it("is a small embed, amber for warnings, keeping the core's code spans", () => {
    const [message, ...rest] = renderDiscordReply({ kind: "notice", tone: "warning", title: "Couldn't brief *x*", lines: ["Try `/brief <URL>` @here"] });
    expect(rest).toEqual([]);
    expect(message).toEqual({
      embeds: [{ title: "Couldn't brief \\*x\\*", description: `Try \`/brief <URL>\` @${ZWSP}here`, color: 0xd9822b }],
      components: [],
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it("stays within limits with endless lines", () => {
    expectWithinDiscordLimits(renderDiscordReply({ kind: "notice", tone: "info", title: words(900), lines: Array.from({ length: 100 }, () => words(100)) }));
  });
});
