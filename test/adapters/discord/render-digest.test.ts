import { describe, expect, it } from "vitest";
import { deliveryMarker, deliveryNonce, hasDeliveryMarker, withDeliveryMarker } from "../../../adapters/discord/delivery-nonce.js";
import type { DiscordMessage } from "../../../adapters/discord/render.js";
import { renderDiscordReply } from "../../../adapters/discord/render.js";
import type { Reply } from "../../../src/chat/reply.js";
import { digestItem, digestQuote, digestReply, EMPTY_DIGEST, manyItems, source } from "../digest-replies.js";
import { EMOJI, HOSTILE, RTL } from "../slack/replies.js";
import { briefingReply, quote, words } from "./fixtures.js";
import { discordEmbedChars, expectWithinDiscordLimits } from "./limits-check.js";

const ZWSP = "\u200b";

function render(reply: Reply): DiscordMessage[] {
  const messages = renderDiscordReply(reply);
  expectWithinDiscordLimits(messages);
  return messages;
}

const titles = (messages: DiscordMessage[]) => messages.flatMap((m) => m.embeds.map((e) => e.title ?? ""));

describe("renderDiscordReply: digest", () => {
  it("is a header embed, then one embed per story linked to it, with summary, block-quoted quote and sources", () => {
    expect(render(digestReply([digestItem()]))).toEqual([
      {
        embeds: [
          { title: "Digest: bridges", description: "1 new stories since Mon 4 Mar, 08:00 UTC", color: 0x2f6fb3, footer: { text: "newsbrief" } },
          {
            title: "Villa council approves new bridge",
            url: "https://gazette.example/bridge",
            description:
              "• The council voted 7-2 on Tuesday to rebuild the river bridge.\n• Work starts in May.\n\n> “We will rebuild the bridge before winter,”\n> — Ana Ruiz, Mayor of Villa",
            color: 0x2f6fb3,
            footer: { text: "Villa Gazette, River Post" },
            timestamp: "2024-03-01T08:00:00.000Z",
          },
        ],
        components: [],
        allowed_mentions: { parse: [], replied_user: false },
      },
    ]);
  });

  it("says that nothing is new when the digest has no stories", () => {
    const [message, ...more] = render(EMPTY_DIGEST);
    expect(more).toEqual([]);
    expect(message?.embeds).toHaveLength(1);
    expect(message?.embeds[0]?.description).toBe("No new stories since Mon 4 Mar, 08:00 UTC\n\n*Nothing new on this topic since the last digest.*");
  });

  it("fits 9 stories with the header in one message of 10 embeds, and starts a second message at the 10th", () => {
    expect(render(digestReply(manyItems(9, 60, 60))).map((m) => m.embeds.length)).toEqual([10]);
    const ten = render(digestReply(manyItems(10, 60, 60)));
    expect(ten.map((m) => m.embeds.length)).toEqual([10, 1]);
    expect(ten[1]?.embeds[0]?.title).toMatch(/^Story 10: /);
  });

  it("packs long stories by the 6,000 characters of a message, in order, leaving room for the delivery marker", () => {
    const messages = render(digestReply(manyItems(20, 1_000, 600)));
    expect(messages.length).toBeGreaterThan(3);
    expect(titles(messages).slice(1).map((t) => t.split(":")[0])).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${i + 1}`));
    for (const message of messages) {
      expect(message.embeds.reduce((sum, e) => sum + discordEmbedChars(e), 0)).toBeLessThanOrEqual(6_000 - 40);
      const marked = withDeliveryMarker(message, deliveryNonce("k"));
      expectWithinDiscordLimits([marked]);
      expect(marked.embeds[0]?.description).toBe(message.embeds[0]?.description); // the room was there: nothing trimmed
    }
  });

  it("clips a 5,000-character quote, summary sentence and headline cleanly", () => {
    const long = words(5_000);
    const [message] = render(digestReply([digestItem({ headline: long, summary: [long, long, long], quote: digestQuote(long) })]));
    const story = message?.embeds[1];
    expect(story?.title?.length).toBeLessThanOrEqual(256);
    expect(story?.description).toMatch(/^• (bridge ?)+…\n• (bridge ?)+…\n\n> “(bridge ?)+…”\n> — Ana Ruiz, Mayor of Villa$/);
    expect(story?.description?.length).toBeLessThan(1_700);
  });

  it("keeps mentions inert and Markdown literal in every field, with empty allowed_mentions", () => {
    const speaker = { name: "@everyone <@&123>", role: "**boss**", kind: "person" as const };
    const item = digestItem({ headline: HOSTILE, summary: [HOSTILE, "# heading\n> quote"], quote: digestQuote(`${HOSTILE}\n- line`, speaker), sources: [source("@here <@&123>")] });
    const messages = render({ kind: "digest", title: "@everyone digest", intro: "<@&123> *new*", items: [item] });
    const json = JSON.stringify(messages);
    expect(json).not.toMatch(/@everyone|@here|<@&123>/);
    expect(json).toContain(`@${ZWSP}everyone`);
    expect(json).toContain(`<${ZWSP}@&123>`);
    const story = messages[0]?.embeds[1];
    expect(story?.description).toContain("\\*bold\\*");
    expect(story?.description).toContain("\\# heading");
    expect(story?.description).toContain("> — @\u200beveryone <\u200b@&123>, \\*\\*boss\\*\\*");
    expect(story?.description?.split("\n").filter((line) => line.startsWith("> "))).toHaveLength(3); // the quote's own lines, then the speaker
    expect(story?.footer?.text).toBe(`@${ZWSP}here <${ZWSP}@&123>`);
  });

  it("shows RTL text unchanged and never leaves half an emoji", () => {
    const [message] = render(digestReply([digestItem({ headline: RTL, summary: [RTL], quote: digestQuote(RTL) })]));
    expect(message?.embeds[1]?.title).toBe(RTL.replace(/\*/g, "\\*"));
    const many = EMOJI.repeat(500);
    render({ kind: "digest", title: many, intro: many, items: [digestItem({ headline: many, summary: [many], quote: digestQuote(many), sources: [source(many)] })] });
  });
});

describe("delivery nonces and markers", () => {
  it("derive a stable 25-character nonce per key and part", () => {
    const nonce = deliveryNonce("sub-1:2024-03-04T08:00Z");
    expect(nonce).toMatch(/^nb[0-9a-f]{23}$/);
    expect(deliveryNonce("sub-1:2024-03-04T08:00Z")).toBe(nonce);
    expect(deliveryNonce("sub-1:2024-03-04T08:00Z", 1)).toBe(nonce);
    expect(new Set([nonce, deliveryNonce("sub-1:2024-03-04T08:00Z", 2), deliveryNonce("sub-2:2024-03-04T08:00Z")]).size).toBe(3);
    expect(deliveryNonce("x".repeat(10_000))).toHaveLength(25);
  });

  it("put the marker at the end of the first embed's footer, where findDelivery reads it back", () => {
    const [message] = render(digestReply());
    const marked = withDeliveryMarker(message!, deliveryNonce("k"));
    expect(marked.embeds[0]?.footer?.text).toBe(`newsbrief · ${deliveryMarker(deliveryNonce("k"))}`);
    expect(hasDeliveryMarker(marked.embeds, deliveryNonce("k"))).toBe(true);
    expect(hasDeliveryMarker(marked.embeds, deliveryNonce("other"))).toBe(false);
    expect(message?.embeds[0]?.footer?.text).toBe("newsbrief"); // the rendered message itself is untouched
  });

  it("make room in a reply that already fills its 6,000 characters", () => {
    const full = render(briefingReply({ summary: [words(4_000)], quotes: Array.from({ length: 8 }, () => quote(words(1_000))) }));
    const marked = withDeliveryMarker(full[0]!, deliveryNonce("k"));
    expectWithinDiscordLimits([marked]);
    expect(marked.embeds[0]?.footer?.text).toMatch(/ · ref nb[0-9a-f]{23}$/);
  });
});
