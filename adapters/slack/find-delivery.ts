// Did an earlier attempt of this delivery reach the channel? Reads the channel's recent history with message
// metadata and looks for the key postReply attached (docs/adr/014).
import type { Logger, webApi } from "@slack/bolt";
import type { PostedRef } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import { isFirstPartOf } from "./delivery-metadata.js";
import { ChannelUnavailableError, slackErrorCode } from "./errors.js";
import { parseSlackChannelRef } from "./parse.js";

/** How far back findDelivery looks. */
export interface DeliverySearch {
  /**
   * Messages read (one conversations.history page). Default 15: the most Slack returns to apps outside the
   * Marketplace created since May 2025 (who also get one such call per minute), so the same code works for all.
   */
  limit?: number;
  /** Only messages newer than this many ms. Default one day: a resend follows a crash within minutes or hours. */
  withinMs?: number;
}

/** Answers that mean "cannot look here", not "the channel is gone": the caller resends, at worst a duplicate. */
const CANNOT_LOOK = new Set(["not_in_channel", "missing_scope"]);

export async function findDelivery(
  client: webApi.WebClient,
  logger: Logger,
  target: ChannelRef,
  deliveryKey: string,
  search: DeliverySearch = {},
): Promise<PostedRef | undefined> {
  const address = parseSlackChannelRef(target);
  if (!address) throw new TypeError(`not a Slack channel reference: ${target}`);
  const oldest = (Date.now() - (search.withinMs ?? 24 * 60 * 60 * 1000)) / 1000;
  let history: webApi.ConversationsHistoryResponse;
  try {
    history = await client.conversations.history({
      channel: address.channelId,
      include_all_metadata: true,
      limit: search.limit ?? 15,
      oldest: oldest.toFixed(6),
    });
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === "channel_not_found") throw new ChannelUnavailableError(target, code, undefined, { cause: error });
    if (code && CANNOT_LOOK.has(code)) {
      // chat:write.public posts to public channels the bot never joined, but reading their history needs
      // membership (and channels:history, which installs older than /digest lack).
      logger.warn(`newsbrief: cannot read ${target} to check delivery ${deliveryKey} (${code}); invite the bot to the channel`);
      return undefined;
    }
    throw error;
  }
  // Newest first: the last match is the earliest attempt, the message a resend duplicated.
  const found = (history.messages ?? []).findLast((message) => isFirstPartOf(message, deliveryKey));
  return found?.ts ? { channel: target, messageId: found.ts } : undefined;
}
