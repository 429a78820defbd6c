import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Briefing } from "../../src/briefing/briefing.js";
import type { AlsoLine, ReplyAction } from "../../src/chat/reply.js";
import { speakerLine } from "../../src/cli/format-text.js";
import { renderButtons } from "./render-buttons.js";
import { escapeMarkdown, neutraliseMentions } from "./escape.js";
import { DISCORD_LIMITS as L, embedLength } from "./limits.js";
import { COLOURS, noMentions, type DiscordMessage } from "./message.js";
import { clipText, fitLines } from "./text-fit.js";
import { isoTimestamp, webUrl } from "./web-link.js";

/** When the embed is over 6,000 characters, the summary gives way to quotes only down to this size. */
const DESCRIPTION_FLOOR = 1_000;
const ALSO_TITLE = "Also in the news";
const SOURCE_NAME_MAX = 200;

/** A briefing as one embed (title linked to the source, summary, key quotes, footer) with its buttons. */
export function renderBriefing(briefing: Briefing, also: readonly AlsoLine[], actions: readonly ReplyAction[]): DiscordMessage {
  const embed: APIEmbed = {
    title: clipText(escapeMarkdown(briefing.headline || "(untitled article)"), L.title),
    description: summaryText(briefing.summary, L.description),
    color: COLOURS.briefing,
    fields: [...briefing.keyQuotes.slice(0, L.fields - 1).map(quoteField), ...alsoField(also)], // the also field last
    footer: { text: clipText(neutraliseMentions(footerText(briefing)), L.footer) },
  };
  const url = webUrl(briefing.sources[0]?.url);
  if (url) embed.url = url;
  const timestamp = isoTimestamp(briefing.sources[0]?.published);
  if (timestamp) embed.timestamp = timestamp;
  fitEmbed(embed, briefing.summary, also.length > 0);
  return { embeds: [embed], components: renderButtons(actions), allowed_mentions: noMentions() };
}

function quoteField(quote: Briefing["keyQuotes"][number]): APIEmbedField {
  return {
    name: clipText(escapeMarkdown(speakerLine(quote.speaker)), L.fieldName),
    value: `“${clipText(escapeMarkdown(quote.text), L.fieldValue - 2)}”`,
  };
}

function alsoField(also: readonly AlsoLine[]): APIEmbedField[] {
  if (also.length === 0) return [];
  const lines = also.map((line) => `• ${escapeMarkdown(line.headline)} (${line.sources} ${line.sources === 1 ? "source" : "sources"})`);
  return [{ name: ALSO_TITLE, value: fitLines(lines, L.fieldValue) }];
}

function summaryText(summary: readonly string[], max: number): string {
  if (summary.length === 0) return "(The article has no text to summarise.)";
  return fitLines(summary.map((sentence) => `• ${escapeMarkdown(sentence)}`), max);
}

/** "Reuters (2021-09-09) and 2 more · 3 min read · 10 quotes": plain text, footers render no Markdown. */
function footerText(briefing: Briefing): string {
  const [first, ...others] = briefing.sources;
  const parts: string[] = [];
  // A source name is a label, not content: a runaway one must not eat the embed's shared 6,000 characters.
  if (first) parts.push(`${clipText(first.name, SOURCE_NAME_MAX)}${others.length > 0 ? ` and ${others.length} more` : ""}`);
  parts.push(`${briefing.readingMinutes} min read`);
  parts.push(`${briefing.quotes.length} ${briefing.quotes.length === 1 ? "quote" : "quotes"}`);
  return parts.join(" · ");
}

/**
 * Keeps the embed within the 6,000 characters of a message: drops the "also" field, then shortens the
 * summary to a floor, then drops quotes from the weakest, then shortens the summary further.
 * Quotes dropped here are still one press away ("All quotes").
 */
function fitEmbed(embed: APIEmbed, summary: readonly string[], hasAlso: boolean): void {
  const fields = embed.fields ?? [];
  const over = () => embedLength(embed) - L.embedCharsPerMessage;
  if (over() > 0 && hasAlso) fields.pop();
  const shrinkSummary = (floor: number) => {
    const room = Math.max(floor, (embed.description?.length ?? 0) - over());
    embed.description = summaryText(summary, Math.min(room, embed.description?.length ?? 0));
  };
  if (over() > 0) shrinkSummary(DESCRIPTION_FLOOR);
  while (over() > 0 && fields.length > 1) fields.pop();
  if (over() > 0) shrinkSummary(1);
}
