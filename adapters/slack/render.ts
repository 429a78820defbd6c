// Neutral Reply -> Slack messages. Pure: no clock, no network; the same reply always gives the same payloads.
import type { Reply } from "../../src/chat/reply.js";
import type { SlackMessage } from "./blocks.js";
import { fitText } from "./mrkdwn.js";
import { paginate, paginateGroups } from "./paginate.js";
import { briefingBlocks, briefingFallback } from "./render-briefing.js";
import { digestFallback, digestGroups } from "./render-digest.js";
import { noticeBlocks, noticeFallback, quotesBlocks, quotesFallback } from "./render-quotes.js";

export type { Block, SlackMessage } from "./blocks.js";

/**
 * The messages that carry `reply`, in order: one for nearly every reply, more when a long `/quotes` list or
 * a digest of many stories passes Block Kit's per-message limits (50 blocks, about 12,000 characters of block
 * text); a digest splits between stories, never inside one. Always an array, so no caller can forget the
 * continuation parts: `respond` or `chat.postMessage` each in turn.
 */
export function renderSlackReply(reply: Reply): SlackMessage[] {
  switch (reply.kind) {
    case "briefing":
      return paginate(briefingFallback(reply.briefing), title(reply.briefing.headline), briefingBlocks(reply.briefing, reply.also, reply.actions));
    case "quotes":
      return paginate(quotesFallback(reply), title(reply.title), quotesBlocks(reply));
    case "notice":
      return paginate(noticeFallback(reply), title(reply.title), noticeBlocks(reply));
    case "digest":
      return paginateGroups(digestFallback(reply), title(reply.title), digestGroups(reply));
  }
}

/** The reply's name for continuation lines, escaped for mrkdwn. */
function title(text: string): string {
  return fitText(text || "newsbrief", 150);
}
