import type { Reply } from "../../src/chat/reply.js";
import { escapeMarkdown, escapeMarkdownKeepingCode } from "./escape.js";
import { DISCORD_LIMITS as L } from "./limits.js";
import { COLOURS, noMentions, type DiscordMessage } from "./message.js";
import { renderBriefing } from "./render-briefing.js";
import { renderDigest } from "./render-digest.js";
import { renderQuotes } from "./render-quotes.js";
import { clipText, fitLines } from "./text-fit.js";

export type { DiscordMessage } from "./message.js";

/**
 * The neutral reply as Discord messages, in the order to send them (the first answers the interaction,
 * the rest follow up). Every message has `allowed_mentions: { parse: [] }` and keeps every embed limit.
 */
export function renderDiscordReply(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case "briefing":
      return [renderBriefing(reply.briefing, reply.also, reply.actions)];
    case "quotes":
      return renderQuotes(reply);
    case "notice":
      return [renderNotice(reply)];
    case "digest":
      return renderDigest(reply);
  }
}

/** A small embed; its lines are the core's own text (with `code` spans) around article words, escaped. */
function renderNotice(reply: Extract<Reply, { kind: "notice" }>): DiscordMessage {
  const description = fitLines(reply.lines.map(escapeMarkdownKeepingCode), L.description);
  return {
    embeds: [
      {
        title: clipText(escapeMarkdown(reply.title || "newsbrief"), L.title),
        ...(description ? { description } : {}),
        color: reply.tone === "warning" ? COLOURS.warning : COLOURS.info,
      },
    ],
    components: [],
    allowed_mentions: noMentions(),
  };
}
