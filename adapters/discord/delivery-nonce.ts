// How a delivery key rides on a Discord message (docs/adr/014): as the create request's nonce, which with
// enforce_nonce makes Discord return the first message for a repeat within a few minutes, and as a short
// marker in the first embed's footer, because Discord does not return nonces when history is read back.
import { createHash } from "node:crypto";
import type { DiscordMessage } from "./message.js";
import { DISCORD_LIMITS as L, embedsLength } from "./limits.js";
import { clipText } from "./text-fit.js";

/** Discord accepts nonces of at most 25 characters. */
const NONCE_LENGTH = 25;
const PREFIX = "nb";
/** What the marker adds to a footer (" · ref " and the nonce), which renderers leave room for. */
export const DELIVERY_MARKER_ROOM = 40;

/**
 * A stable nonce per (key, part): "nb" and 23 hex digits of SHA-256 (92 bits), so keys of any length and
 * alphabet fit, and each part of a split reply deduplicates on its own.
 */
export function deliveryNonce(deliveryKey: string, part = 1): string {
  const input = part === 1 ? deliveryKey : `${deliveryKey}\u0000part ${part}`;
  return PREFIX + createHash("sha256").update(input).digest("hex").slice(0, NONCE_LENGTH - PREFIX.length);
}

/** The footer text that identifies a delivery, e.g. "ref nb3f9a…". */
export function deliveryMarker(nonce: string): string {
  return `ref ${nonce}`;
}

/**
 * `message` with the marker at the end of its first embed's footer. Digests leave room for it; for another
 * reply that already fills the 6,000 characters, the first embed's description gives way by the excess.
 */
export function withDeliveryMarker(message: DiscordMessage, nonce: string): DiscordMessage {
  const [first, ...rest] = message.embeds;
  if (!first) return message;
  const marker = deliveryMarker(nonce);
  const existing = first.footer?.text;
  const text = existing ? `${clipText(existing, L.footer - marker.length - 3)} · ${marker}` : marker;
  const marked = { ...first, footer: { ...first.footer, text } };
  const embeds = [marked, ...rest];
  const over = embedsLength(embeds) - L.embedCharsPerMessage;
  if (over > 0 && marked.description) marked.description = clipText(marked.description, Math.max(1, marked.description.length - over));
  return { ...message, embeds };
}

/** True when a message read back from the channel carries the marker of `nonce`. */
export function hasDeliveryMarker(embeds: readonly { footer?: { text?: string } }[] | undefined, nonce: string): boolean {
  const marker = deliveryMarker(nonce);
  return (embeds ?? []).some((embed) => embed.footer?.text?.endsWith(marker) === true);
}
