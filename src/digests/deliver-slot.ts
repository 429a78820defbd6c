import type { ChatAdapter } from "../chat/chat-adapter.js";
import { ChannelUnavailableError } from "../chat/channel-unavailable.js";
import type { LibraryStore } from "../library/store.js";
import { composeDigest, type DigestWindow } from "./compose-digest.js";
import type { DigestStore } from "./digest-store.js";
import type { Subscription } from "./subscription.js";

export interface SlotDelivery {
  subscription: Subscription;
  /** The delivery key: subscription id and slot key. */
  key: string;
  slotAt: Date;
  window: DigestWindow;
}

export interface DeliveryContext {
  store: DigestStore;
  library: LibraryStore;
  adapter: ChatAdapter;
  owner: string;
  leaseMs: number;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Posting attempts within one claim before the slot is released for a later tick. */
  attempts: number;
  /** First wait between attempts; doubled each time. */
  retryDelayMs: number;
  log: (line: string) => void;
}

export type DeliveryResult = "delivered" | "recovered" | "skipped" | "disabled" | "released" | "taken";

/**
 * Delivers one slot exactly once: claim it, post, then record it. The record comes only after the platform
 * accepted the message; if this process dies in between, the claim's lease lapses and the next claimant
 * first asks the platform whether the message with this key arrived (and the platform's own idempotency,
 * Discord's nonce, covers the rest), so a crash costs at most one resend, never a lost digest.
 */
export async function deliverSlot(ctx: DeliveryContext, delivery: SlotDelivery): Promise<DeliveryResult> {
  const { store, adapter, owner } = ctx;
  const { subscription, key } = delivery;
  const claim = await store.claimSlot({ key, subscriptionId: subscription.id, slotAt: delivery.slotAt, owner, now: ctx.now(), leaseMs: ctx.leaseMs });
  if (!claim.claimed) return "taken";
  const composed = await composeDigest(ctx.library, subscription, delivery.window, (ids) => store.sentStories(subscription.channel, ids));
  const delivered = (messageId: string) =>
    store.finishSlot(key, { status: "delivered", messageId, storyIds: composed.storyIds, channel: subscription.channel, at: ctx.now() });

  // An earlier claim lapsed: its post may have landed before that process could record it.
  if (claim.attempt > 1) {
    const landed = await findQuietly(ctx, subscription, key);
    if (landed !== undefined) {
      await delivered(landed);
      return "recovered";
    }
  }
  if (composed.reply.items.length === 0 && !subscription.postWhenEmpty) {
    await store.finishSlot(key, { status: "skipped", at: ctx.now() });
    return "skipped";
  }
  let lastError = "";
  for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
    if (attempt > 1) {
      await ctx.sleep(ctx.retryDelayMs * 2 ** (attempt - 2));
      // The failed attempt may still have been accepted (a timeout after the platform stored the message).
      const landed = await findQuietly(ctx, subscription, key);
      if (landed !== undefined) {
        await delivered(landed);
        return "recovered";
      }
    }
    try {
      const posted = await adapter.post(subscription.channel, composed.reply, { deliveryKey: key });
      await delivered(posted.messageId);
      return "delivered";
    } catch (error) {
      if (error instanceof ChannelUnavailableError) {
        const reason = `${error.reason} (${new Date(ctx.now()).toISOString()})`;
        await store.disableSubscription(subscription.id, reason);
        await store.finishSlot(key, { status: "failed", error: error.message, at: ctx.now() });
        ctx.log(`digest ${subscription.id} disabled: ${error.message}`);
        return "disabled";
      }
      lastError = error instanceof Error ? error.message : String(error);
      ctx.log(`digest ${key}: attempt ${attempt} of ${ctx.attempts} failed: ${lastError}`);
    }
  }
  await store.releaseSlot(key, owner, lastError);
  return "released";
}

async function findQuietly(ctx: DeliveryContext, subscription: Subscription, key: string): Promise<string | undefined> {
  try {
    return (await ctx.adapter.findDelivery(subscription.channel, key))?.messageId;
  } catch (error) {
    // Not knowing is no reason to lose the digest: post it (at most one resend, as promised).
    ctx.log(`digest ${key}: could not check for an earlier delivery: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
