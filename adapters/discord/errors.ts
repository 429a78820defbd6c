import { DiscordAPIError } from "discord.js";
import { ChannelUnavailableError } from "../../src/chat/channel-unavailable.js";
import type { ChannelRef } from "../../src/chat/command.js";

export { ChannelUnavailableError };

/** Discord's JSON error codes that mean "this channel will not take the bot's messages". */
const UNAVAILABLE_CODES: ReadonlyMap<number, string> = new Map([
  [10003, "Unknown Channel"],
  [50001, "Missing Access"],
  [50013, "Missing Permissions"],
]);

/** The typed error for a failed channel post, or the original error when it is not about the channel. */
export function channelPostError(channel: ChannelRef, error: unknown): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === "number") {
    const reason = UNAVAILABLE_CODES.get(error.code);
    if (reason) return new ChannelUnavailableError(channel, reason, error.code, { cause: error });
  }
  return error;
}

/** One safe line about an error: names, codes and statuses, never URLs (interaction URLs carry tokens) or headers. */
export function describeError(error: unknown): string {
  if (error instanceof DiscordAPIError) return `DiscordAPIError ${error.status} code ${String(error.code)}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
