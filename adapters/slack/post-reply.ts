// Unprompted posts (scheduled digests) through chat.postMessage, with Slack's "this channel is gone"
// answers turned into one typed error a scheduler can act on.
import type { webApi } from "@slack/bolt";
import type { PostedRef, PostOptions } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { deliveryMetadata } from "./delivery-metadata.js";
import { channelPostError } from "./errors.js";
import { waitingOutRateLimits } from "./keyed-client.js";
import { parseSlackChannelRef } from "./parse.js";
import { renderSlackReply } from "./render.js";

/**
 * Posts every message of `reply` in order and returns the first one's ts. With a delivery key, each part
 * carries it in message metadata (Slack has no server-side deduplication: `findDelivery` reads it back), and
 * `client` should be the keyed client, which never re-posts after a 5xx or a network error by itself.
 */
export async function postReply(client: webApi.WebClient, target: ChannelRef, reply: Reply, options: PostOptions = {}): Promise<PostedRef> {
  const address = parseSlackChannelRef(target);
  if (!address) throw new TypeError(`not a Slack channel reference: ${target}`);
  const messages = renderSlackReply(reply);
  let first: string | undefined;
  for (const [i, message] of messages.entries()) {
    try {
      const result = await waitingOutRateLimits(() =>
        client.chat.postMessage({
          channel: address.channelId,
          text: message.text,
          blocks: message.blocks,
          // A briefing already shows its source; previews of every link would bury it.
          unfurl_links: false,
          unfurl_media: false,
          ...(options.deliveryKey === undefined ? {} : { metadata: deliveryMetadata(options.deliveryKey, i + 1, messages.length) }),
        }),
      );
      first ??= result.ts;
    } catch (error) {
      throw channelPostError(target, error);
    }
  }
  return { channel: target, messageId: first ?? "" };
}
