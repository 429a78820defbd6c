import type { ChannelRef } from "../chat/command.js";
import type { Subscription } from "./subscription.js";

/** One scheduled occurrence of one subscription, as the delivery ledger knows it. */
export interface SlotClaim {
  /** The delivery key: subscription id and slot key ("k3j9x2@2026-11-30T08:00@Europe/Berlin"). */
  key: string;
  subscriptionId: string;
  /** When the slot was due. */
  slotAt: Date;
  /** Which process claims it (host, pid and a random part). */
  owner: string;
  now: Date;
  /** How long the claim holds before another process may take the slot over. */
  leaseMs: number;
}

export type ClaimResult =
  /** Ours to deliver; `attempt` > 1 when an earlier claim lapsed (that attempt may have reached the platform). */
  | { claimed: true; attempt: number }
  /** Delivered, skipped or failed for good already, or another process holds a live claim. */
  | { claimed: false };

/** How a claimed slot ended. */
export type SlotOutcome =
  | { status: "delivered"; messageId: string; storyIds: string[]; channel: ChannelRef; at: Date }
  /** Nothing new and the subscription does not post empty digests. */
  | { status: "skipped"; at: Date }
  /** Given up for good (the channel is gone). */
  | { status: "failed"; error: string; at: Date };

/**
 * Subscriptions and the delivery ledger that makes digests exactly-once. SQLite for one process, PostgreSQL
 * for several sharing one database; both pass test/digests/digest-store-contract.ts.
 */
export interface DigestStore {
  listSubscriptions(): Promise<Subscription[]>;
  /** Inserts or replaces by id. */
  putSubscription(subscription: Subscription): Promise<void>;
  /** False when there was no such subscription. */
  removeSubscription(id: string): Promise<boolean>;
  disableSubscription(id: string, reason: string): Promise<void>;
  /**
   * Makes the file subscriptions exactly `subscriptions` (all origin "file"): new ones added, changed ones
   * updated, ones whose file or target went away removed. Chat subscriptions are untouched.
   */
  syncFileSubscriptions(subscriptions: Subscription[]): Promise<void>;

  /**
   * Takes a slot: succeeds for the first claimant, and again only after a claim's lease lapsed without an
   * outcome (the claimant died or gave up). Atomic across processes.
   */
  claimSlot(claim: SlotClaim): Promise<ClaimResult>;
  /** Records how a claimed slot ended; for "delivered", also which stories the channel has now seen. */
  finishSlot(key: string, outcome: SlotOutcome): Promise<void>;
  /** Lets go of a claim after a failed attempt, so the next tick (any process) may retry the slot. */
  releaseSlot(key: string, owner: string, error: string): Promise<void>;
  /** Of `keys`, those whose slot is settled (delivered, skipped or failed). */
  settledSlots(keys: string[]): Promise<Set<string>>;
  /** The latest settled slot time of each subscription. */
  lastSettled(): Promise<Map<string, Date>>;
  /** Of `storyIds`, those already sent to `channel` in an earlier digest. */
  sentStories(channel: ChannelRef, storyIds: string[]): Promise<Set<string>>;
  /**
   * Forgets settled slots older than `slotsBefore` (but never a subscription's latest, which bounds what can be
   * due again) and sent-story records older than `sentBefore`. Returns how many rows went.
   */
  prune(slotsBefore: Date, sentBefore: Date): Promise<number>;

  close(): Promise<void>;
}
