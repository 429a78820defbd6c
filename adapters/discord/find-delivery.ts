import { DiscordAPIError, Routes, type APIMessage, type REST } from "discord.js";
import type { PostedRef } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import { discordChannelId } from "./channel-ref.js";
import { deliveryNonce, hasDeliveryMarker } from "./delivery-nonce.js";
import { ChannelUnavailableError, channelPostError } from "./errors.js";

/** Discord's most recent messages per request without paging (its default; the maximum is 100). */
const HISTORY_LIMIT = 50;
/** Missing Permissions: typically no Read Message History, which posting does not need. */
const MISSING_PERMISSIONS = 50013;

/**
 * Looks through the channel's last 50 messages for the first part of a delivery: one by this bot whose
 * nonce matches (should Discord ever return it) or whose first embed's footer carries the delivery marker.
 */
export async function findDelivery(
  rest: REST,
  botUserId: () => Promise<string>,
  target: ChannelRef,
  deliveryKey: string,
  log: (line: string) => void,
): Promise<PostedRef | undefined> {
  const channelId = discordChannelId(target);
  if (!channelId) throw new ChannelUnavailableError(target, "not a Discord channel reference");
  const nonce = deliveryNonce(deliveryKey);
  let messages: APIMessage[];
  try {
    messages = (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(HISTORY_LIMIT) }) })) as APIMessage[];
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === MISSING_PERMISSIONS) {
      // Not a reason to disable the subscription: the caller resends, and enforce_nonce still covers minutes.
      log(`cannot read ${target} to check a delivery (Missing Permissions: grant Read Message History)`);
      return undefined;
    }
    throw channelPostError(target, error);
  }
  const bot = await botUserId();
  // Newest first: the last match is the earliest attempt (later ones can only exist past the nonce window).
  const found = messages.findLast((message) => message.author.id === bot && (message.nonce === nonce || hasDeliveryMarker(message.embeds, nonce)));
  return found ? { channel: target, messageId: found.id } : undefined;
}
