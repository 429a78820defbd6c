import type { APIEmbed } from "discord.js";
import type { SourceRef } from "../../src/articles/article.js";
import type { DigestItem, DigestReply } from "../../src/chat/reply.js";
import type { Quote } from "../../src/quotes/quote.js";
import { speakerLine } from "../../src/cli/format-text.js";
import { DELIVERY_MARKER_ROOM } from "./delivery-nonce.js";
import { escapeMarkdown, neutraliseMentions } from "./escape.js";
import { DISCORD_LIMITS as L, embedLength } from "./limits.js";
import { COLOURS, noMentions, type DiscordMessage } from "./message.js";
import { clipText, fitLines } from "./text-fit.js";
import { isoTimestamp, webUrl } from "./web-link.js";


// One embed per story: its title links to the story, so a reader clicks the headline itself, as in the
// briefing. Each part is bounded so that a story embed stays under ~2,200 characters and at least two fit
// in a message's 6,000 whatever the article text; a typical digest of up to 9 stories is one message.
const INTRO_CHARS = 1_000;
const SENTENCE_CHARS = 500;
const SUMMARY_SENTENCES = 2;
const QUOTE_CHARS = 600;
const SPEAKER_CHARS = 300;
const SOURCE_NAME_CHARS = 100;
const SOURCES_SHOWN = 3;
const FOOTER_CHARS = 400;

export const NOTHING_NEW = "*Nothing new on this topic since the last digest.*";

/**
 * A digest as messages: the first opens with a header embed (title and intro), then one embed per story,
 * packed in order into messages of at most 10 embeds and 6,000 characters. Room is left in every message
 * for the delivery marker that `post` adds to the first embed's footer.
 */
export function renderDigest(reply: DigestReply): DiscordMessage[] {
  const header = headerEmbed(reply);
  const messages: APIEmbed[][] = [[header]];
  const budget = L.embedCharsPerMessage - DELIVERY_MARKER_ROOM;
  let used = embedLength(header);
  for (const item of reply.items) {
    const embed = storyEmbed(item);
    const size = embedLength(embed);
    const current = messages[messages.length - 1] ?? [];
    if (current.length === L.embedsPerMessage || used + size > budget) {
      messages.push([embed]);
      used = size;
    } else {
      current.push(embed);
      used += size;
    }
  }
  return messages.map((embeds) => ({ embeds, components: [], allowed_mentions: noMentions() }));
}

function headerEmbed(reply: DigestReply): APIEmbed {
  const intro = reply.intro ? clipText(escapeMarkdown(reply.intro), INTRO_CHARS) : "";
  const description = reply.items.length === 0 ? [intro, NOTHING_NEW].filter(Boolean).join("\n\n") : intro;
  return {
    title: clipText(escapeMarkdown(reply.title || "Digest"), L.title),
    ...(description ? { description } : {}),
    color: COLOURS.briefing,
    // Plain text; a delivery's marker is appended to it ("newsbrief · ref nb…"), see delivery-nonce.ts.
    footer: { text: "newsbrief" },
  };
}

function storyEmbed(item: DigestItem): APIEmbed {
  const sentences = item.summary.slice(0, SUMMARY_SENTENCES).map((sentence) => `• ${clipText(escapeMarkdown(sentence), SENTENCE_CHARS)}`);
  const parts = [fitLines(sentences, SUMMARY_SENTENCES * (SENTENCE_CHARS + 3))]; // "• " and a newline each
  if (item.quote) parts.push(quoteText(item.quote));
  const embed: APIEmbed = {
    title: clipText(escapeMarkdown(item.headline || "(untitled story)"), L.title),
    description: parts.filter(Boolean).join("\n\n") || "(The story has no text to summarise.)",
    color: COLOURS.briefing,
  };
  const url = item.sources.map((source) => webUrl(source.url)).find(Boolean);
  if (url) embed.url = url;
  const footer = sourcesText(item.sources);
  if (footer) embed.footer = { text: footer };
  const timestamp = isoTimestamp(item.sources[0]?.published);
  if (timestamp) embed.timestamp = timestamp;
  return embed;
}

/** The quote as a Markdown block quote, every line behind `> ` (each escaped first, so that is the only markup). */
function quoteText(quote: Quote): string {
  const words = clipText(escapeMarkdown(quote.text), QUOTE_CHARS);
  const lines = `“${words}”`.split("\n").map((line) => `> ${line}`);
  lines.push(`> — ${clipText(escapeMarkdown(speakerLine(quote.speaker)), SPEAKER_CHARS)}`);
  return lines.join("\n");
}

/** "Reuters, AP, BBC and 2 more": plain text, footers render no Markdown (mentions neutralised all the same). */
function sourcesText(sources: readonly SourceRef[]): string {
  const names = sources.slice(0, SOURCES_SHOWN).map((source) => clipText(source.name || "source", SOURCE_NAME_CHARS));
  if (names.length === 0) return "";
  const more = sources.length > SOURCES_SHOWN ? ` and ${sources.length - SOURCES_SHOWN} more` : "";
  return clipText(neutraliseMentions(`${names.join(", ")}${more}`), FOOTER_CHARS);
}
