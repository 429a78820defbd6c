// The neutral error lives in the core; re-exported here so the adapter's public API stays in one place.
import { ChannelUnavailableError } from "../../src/chat/channel-unavailable.js";
import type { ChannelRef } from "../../src/chat/command.js";

export { ChannelUnavailableError };

/** Answers after which posting again cannot succeed until a person changes something in Slack. */
const CHANNEL_GONE = new Set(["channel_not_found", "not_in_channel", "is_archived"]);

/** Slack's `error` string from a web-api platform error (`{ ok: false, error: "…" }`), if that is what this is. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, data } = error as { code?: unknown; data?: { error?: unknown } };
  return code === "slack_webapi_platform_error" && typeof data?.error === "string" ? data.error : undefined;
}

/** The typed error for a failed post, or the original error (rate limits, 5xx, network) for the caller to retry. */
export function channelPostError(channel: ChannelRef, error: unknown): unknown {
  const code = slackErrorCode(error);
  return code && CHANNEL_GONE.has(code) ? new ChannelUnavailableError(channel, code, undefined, { cause: error }) : error;
}
