// Unprompted posts (scheduled digests) through chat.postMessage, with Slack's "this channel is gone"
// answers turned into one typed error a scheduler can act on.
import type { webApi } from "@slack/bolt";
import type { PostedRef } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { ChannelUnavailableError } from "./errors.js";
import { parseSlackChannelRef } from "./parse.js";
import { renderSlackReply } from "./render.js";

/** Answers after which posting again cannot succeed until a person changes something in Slack. */
const CHANNEL_GONE = new Set(["channel_not_found", "not_in_channel", "is_archived"]);

export async function postReply(client: webApi.WebClient, target: ChannelRef, reply: Reply): Promise<PostedRef> {
  const address = parseSlackChannelRef(target);
  if (!address) throw new TypeError(`not a Slack channel reference: ${target}`);
  let first: string | undefined;
  for (const message of renderSlackReply(reply)) {
    try {
      const result = await client.chat.postMessage({
        channel: address.channelId,
        text: message.text,
        blocks: message.blocks,
        // A briefing already shows its source; previews of every link would bury it.
        unfurl_links: false,
        unfurl_media: false,
      });
      first ??= result.ts;
    } catch (error) {
      const code = platformErrorCode(error);
      if (code && CHANNEL_GONE.has(code)) throw new ChannelUnavailableError(target, code);
      throw error;
    }
  }
  return { channel: target, messageId: first ?? "" };
}

/** Slack's `error` string from a web-api platform error (`{ ok: false, error: "…" }`), if that is what this is. */
function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, data } = error as { code?: unknown; data?: { error?: unknown } };
  return code === "slack_webapi_platform_error" && typeof data?.error === "string" ? data.error : undefined;
}
