import { Routes, type APIMessage, type REST } from "discord.js";
import type { PostedRef, PostOptions } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { discordChannelId } from "./channel-ref.js";
import { deliveryNonce, withDeliveryMarker } from "./delivery-nonce.js";
import { ChannelUnavailableError, channelPostError } from "./errors.js";
import { renderDiscordReply } from "./render.js";

/**
 * Posts every message of `reply` in order and returns where the first landed. With a delivery key, each part
 * is sent with its own nonce and `enforce_nonce`, so a resend within Discord's window returns the messages
 * already created (a crash between parts is completed, not duplicated); the first also carries the marker
 * `findDelivery` looks for once that window has passed.
 */
export async function postReply(rest: REST, target: ChannelRef, reply: Reply, options: PostOptions = {}): Promise<PostedRef> {
  const channelId = discordChannelId(target);
  if (!channelId) throw new ChannelUnavailableError(target, "not a Discord channel reference");
  let first: PostedRef | undefined;
  for (const [i, message] of renderDiscordReply(reply).entries()) {
    let body: object = message;
    if (options.deliveryKey !== undefined) {
      const nonce = deliveryNonce(options.deliveryKey, i + 1);
      body = { ...(i === 0 ? withDeliveryMarker(message, nonce) : message), nonce, enforce_nonce: true };
    }
    let sent: APIMessage;
    try {
      // @discordjs/rest waits out a 429's Retry-After and sends again, so each message lands once.
      sent = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
    } catch (error) {
      throw channelPostError(target, error);
    }
    first ??= { channel: target, messageId: sent.id };
  }
  if (!first) throw new Error("renderDiscordReply produced no message");
  return first;
}
