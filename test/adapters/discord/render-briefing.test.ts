import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../adapters/discord/render.js";
import type { Reply } from "../../../src/chat/reply.js";
import { briefing, briefingReply, quote, words } from "./fixtures.js";
import { discordEmbedChars, expectWithinDiscordLimits } from "./limits-check.js";

const ZWSP = "\u200b";

function embedOf(reply: Reply) {
  const messages = renderDiscordReply(reply);
  expectWithinDiscordLimits(messages);
  const embed = messages[0]?.embeds[0];
  if (!embed) throw new Error("no embed");
  return embed;
}

describe("renderDiscordReply: briefing", () => {
  it("is one embed linked to its source, with summary, quote fields, footer and timestamp", () => {
    const [message, ...rest] = renderDiscordReply({
      kind: "briefing",
      briefing: briefing(),
      also: [{ headline: "Ferry fares rise", sources: 1 }],
      actions: [{ label: "All quotes (2)", command: "quotes", argument: "" }],
    });
    expect(rest).toEqual([]);
    expect(message).toEqual({
      embeds: [
        {
          title: "Villa council approves new bridge",
          url: "https://gazette.example/bridge",
          description: "• The council voted 7-2 on Tuesday to rebuild the river bridge.\n• Work starts in May.",
          color: 0x2f6fb3,
          fields: [
            { name: "Ana Ruiz, Mayor of Villa", value: "“We will rebuild the bridge before winter,”" },
            { name: "Tom Ng", value: "“It is about time”" },
            { name: "Also in the news", value: "• Ferry fares rise (1 source)" },
          ],
          footer: { text: "Villa Gazette · 2 min read · 2 quotes" },
          timestamp: "2024-03-01T08:00:00.000Z",
        },
      ],
      components: [{ type: 1, components: [{ type: 2, style: 2, label: "All quotes (2)", custom_id: "newsbrief:quotes:" }] }],
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it("links the title only to http(s) URLs and dates it only when the date parses", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://files.example/a", "not a url", `https://x.example/${"a".repeat(2_100)}`]) {
      expect(embedOf(briefingReply({ sources: [{ name: "S", url }] })).url).toBeUndefined();
    }
    expect(embedOf(briefingReply({ sources: [{ name: "S", url: "http://plain.example/a" }] })).url).toBe("http://plain.example/a");
    expect(embedOf(briefingReply({ sources: [{ name: "S", published: "yesterday" }] })).timestamp).toBeUndefined();
    expect(embedOf(briefingReply({ sources: [] })).footer?.text).toBe("2 min read · 2 quotes");
  });

  it("keeps a 256-character headline and cuts a 257-character one at a word", () => {
    const exact = words(256);
    expect(embedOf(briefingReply({ headline: exact })).title).toBe(exact);
    const title = embedOf(briefingReply({ headline: words(257) })).title ?? "";
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title).toMatch(/bridge…$/);
  });

  it("keeps a quote that fills a field exactly and cuts a longer one at a word", () => {
    const exact = words(1_022);
    expect(embedOf(briefingReply({ keyQuotes: [quote(exact)] })).fields?.[0]?.value).toBe(`“${exact}”`);
    const long = words(5_000, "legitimacy");
    const value = embedOf(briefingReply({ keyQuotes: [quote(long)] })).fields?.[0]?.value ?? "";
    expect(value.length).toBeLessThanOrEqual(1_024);
    expect(value).toMatch(/^“legitimacy( legitimacy)*…”$/);
  });

  it("cuts a long speaker name and role to the 256 of a field name", () => {
    const speaker = { name: words(200, "Name"), role: words(200, "role"), kind: "person" as const };
    expect(embedOf(briefingReply({ keyQuotes: [quote("Yes", speaker)] })).fields?.[0]?.name.length).toBeLessThanOrEqual(256);
  });

  it("keeps whole summary sentences up to 4,096 characters", () => {
    const sentence = `${words(99)}.`;
    const description = embedOf(briefingReply({ summary: Array.from({ length: 60 }, () => sentence), keyQuotes: [] })).description ?? "";
    expect(description.length).toBeLessThanOrEqual(4_096);
    expect(description.length).toBeGreaterThan(4_096 - 103);
    expect(description.endsWith(".")).toBe(true);
  });

  it("never exceeds 6,000 characters even with every part at its maximum", () => {
    const reply: Reply = {
      kind: "briefing",
      briefing: briefing({
        headline: words(400),
        summary: Array.from({ length: 80 }, () => `${words(99)}.`),
        keyQuotes: Array.from({ length: 30 }, () => quote(words(2_000), { name: words(300), kind: "person" })),
        sources: [{ name: words(3_000), url: "https://gazette.example/a" }],
      }),
      also: Array.from({ length: 40 }, () => ({ headline: words(200), sources: 3 })),
      actions: [],
    };
    const embed = embedOf(reply);
    expect(discordEmbedChars(embed)).toBeLessThanOrEqual(6_000);
    expect(embed.fields?.length).toBeGreaterThanOrEqual(1);
    expect(embed.description?.length).toBeGreaterThanOrEqual(900);
  });

  it("renders buttons within every component limit", () => {
    const actions = Array.from({ length: 7 }, (_, i) => ({ label: `${words(100, "Speaker")} ${i}`, command: "quotes" as const, argument: `${words(150, "Speaker")} ${i}` }));
    actions.push({ label: "Again", command: "quotes", argument: actions[0]?.argument ?? "" });
    const [message] = renderDiscordReply(briefingReply({}, actions));
    expectWithinDiscordLimits(message ? [message] : []);
    // Long arguments cut at a word all become the same custom_id; duplicates are dropped, not sent.
    expect(message?.components.flatMap((row) => row.components)).toHaveLength(1);
  });

  it("escapes hostile article text everywhere it is shown", () => {
    const hostile = "@everyone **FREE** <@123> <@&456> <#789> ||x|| [click](https://evil.example)";
    const embed = embedOf(
      briefingReply({
        headline: hostile,
        summary: ["> not a quote block", "# not a heading"],
        keyQuotes: [quote(hostile, { name: "@here <@&1>", role: "`admin`", kind: "person" })],
        sources: [{ name: "@everyone daily" }],
      }),
    );
    const escaped = `@${ZWSP}everyone \\*\\*FREE\\*\\* <${ZWSP}@123> <${ZWSP}@&456> <${ZWSP}#789> \\|\\|x\\|\\| \\[click\\](https://evil.example)`;
    expect(embed.title).toBe(escaped);
    expect(embed.description).toBe("• \\> not a quote block\n• \\# not a heading");
    expect(embed.fields?.[0]).toEqual({ name: `@${ZWSP}here <${ZWSP}@&1>, \\\`admin\\\``, value: `“${escaped}”` });
    expect(embed.footer?.text).toContain(`@${ZWSP}everyone daily`);
  });

  it("keeps RTL text and emoji verbatim", () => {
    const rtl = "قال الوزير إن «الحوار هو الطريق» 🇵🇰 — אמר השר";
    const embed = embedOf(briefingReply({ headline: rtl, keyQuotes: [quote(`${rtl} 👍🏽👨‍👩‍👧`)] }));
    expect(embed.title).toBe(rtl);
    expect(embed.fields?.[0]?.value).toBe(`“${rtl} 👍🏽👨‍👩‍👧”`);
  });
});
