import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Reply } from "../../src/chat/reply.js";
import { speakerLine } from "../../src/cli/format-text.js";
import { escapeMarkdown } from "./escape.js";
import { DISCORD_LIMITS as L, embedLength } from "./limits.js";
import { COLOURS, noMentions, type DiscordMessage } from "./message.js";
import { clipText, splitText } from "./text-fit.js";

type QuotesReply = Extract<Reply, { kind: "quotes" }>;

/**
 * Numbered quotes, each verbatim and whole: a quote longer than a field (1,024) continues in the next
 * fields. Fields are packed into embeds (25 fields each) and embeds into messages (10 embeds and 6,000
 * characters each), so a long list becomes several messages rather than a rejected one.
 */
export function renderQuotes(reply: QuotesReply): DiscordMessage[] {
  const header: APIEmbed = { title: clipText(escapeMarkdown(reply.title), L.title), description: headerText(reply), color: COLOURS.briefing };
  const fields = reply.quotes.flatMap((quote, i) => quoteFields(reply.numbers[i] ?? i + 1, speakerLine(quote.speaker), quote.text));
  return packFields(header, fields).map((embeds) => ({ embeds, components: [], allowed_mentions: noMentions() }));
}

function headerText(reply: QuotesReply): string {
  const from = `From “${escapeMarkdown(reply.headline || "(untitled article)")}”`;
  if (reply.context === undefined) return clipText(from, L.description);
  // The paragraph around a quote, as a block quote; each line escaped first, so "> " is the only markup.
  const context = reply.context
    .split("\n")
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join("\n");
  return clipText(`${clipText(from, L.title)}\n\n${context}`, L.description);
}

/** One quote as one field, or as several when it is longer than a field value. */
function quoteFields(number: number, speaker: string, text: string): APIEmbedField[] {
  const name = clipText(`${number}. ${escapeMarkdown(speaker)}`, L.fieldName);
  const pieces = splitText(escapeMarkdown(text), L.fieldValue - 2);
  return pieces.map((piece, i) => ({
    name: i === 0 ? name : clipText(`${number}. (continued)`, L.fieldName),
    value: `${i === 0 ? "“" : "…"}${piece}${i === pieces.length - 1 ? "”" : "…"}`,
  }));
}

/** Fills embeds and messages in order; the header embed opens the first message. */
function packFields(header: APIEmbed, fields: readonly APIEmbedField[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [[header]];
  let embed = header;
  let used = embedLength(header);
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    let message = messages[messages.length - 1] ?? [];
    if (used + size > L.embedCharsPerMessage || (embed.fields?.length === L.fields && message.length === L.embedsPerMessage)) {
      message = [];
      messages.push(message);
      used = 0;
    }
    if (message.length === 0 || embed.fields?.length === L.fields) {
      embed = { color: COLOURS.briefing, fields: [] };
      message.push(embed);
    }
    (embed.fields ??= []).push(field);
    used += size;
  }
  return messages;
}
