import type { ChannelRef } from "./command.js";

/**
 * A post failed because the channel can no longer take the bot's messages (deleted, archived, the bot was
 * removed or lost permission). Retrying is pointless: the digest scheduler disables the subscription with this
 * reason and tells someone where it can. Every adapter throws this one class, so the core needs no platform codes.
 */
export class ChannelUnavailableError extends Error {
  override readonly name = "ChannelUnavailableError";
  constructor(
    readonly channel: ChannelRef,
    /** The platform's reason, e.g. Slack's `channel_not_found`, Discord's "Unknown Channel". */
    readonly reason: string,
    /** The platform's numeric error code, when it has one (Discord 10003, 50001, 50013). */
    readonly code?: number,
    options?: ErrorOptions,
  ) {
    super(`channel ${channel} is unavailable: ${reason}`, options);
  }
}
