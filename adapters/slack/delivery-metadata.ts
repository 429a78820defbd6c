// How a delivery key rides on a Slack message: message metadata, which chat.postMessage stores with the
// message and conversations.history returns with `include_all_metadata` (docs/adr/014).
import type { webApi } from "@slack/bolt";

export const DIGEST_EVENT_TYPE = "newsbrief_digest";

export type DeliveryMetadata = { event_type: string; event_payload: { delivery_key: string; part: number; parts: number } };

/** Every part of a split reply carries the key with its position; findDelivery looks for part 1. */
export function deliveryMetadata(deliveryKey: string, part: number, parts: number): DeliveryMetadata {
  return { event_type: DIGEST_EVENT_TYPE, event_payload: { delivery_key: deliveryKey, part, parts } };
}

type HistoryMessage = NonNullable<webApi.ConversationsHistoryResponse["messages"]>[number];

/** True for the first (or only) message posted with `deliveryKey`. */
export function isFirstPartOf(message: HistoryMessage, deliveryKey: string): boolean {
  const metadata = message.metadata;
  if (metadata?.event_type !== DIGEST_EVENT_TYPE) return false;
  const payload = (metadata.event_payload ?? {}) as Record<string, unknown>;
  return payload.delivery_key === deliveryKey && (payload.part === undefined || payload.part === 1);
}
