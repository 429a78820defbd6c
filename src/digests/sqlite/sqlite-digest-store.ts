import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ClaimResult, DigestStore, SlotClaim, SlotOutcome } from "../digest-store.js";
import { decodeSubscription, encodeSubscription, keepFileState } from "../subscription-codec.js";
import type { Subscription } from "../subscription.js";
import { PRUNE_SENT, PRUNE_SLOTS } from "../digest-schema-steps.js";
import { migrateDigestTables } from "./digest-schema.js";

/**
 * The digest ledger in SQLite: the same file as the library (its own connection and tables) for a single
 * bot process. SQLite serialises writers, so a claim is one atomic upsert; several processes on one file
 * would also be safe, but sharing across machines is what the PostgreSQL store is for.
 */
export class SqliteDigestStore implements DigestStore {
  readonly #db: Database.Database;

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    if (path !== ":memory:") this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("busy_timeout = 5000");
    migrateDigestTables(this.#db);
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const rows = this.#db.prepare("SELECT body, disabled_reason FROM digest_subscriptions ORDER BY id").all() as SubscriptionRow[];
    return rows.map((row) => decodeSubscription(row.body, row.disabled_reason ?? undefined));
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    this.#put(subscription);
  }

  #put(subscription: Subscription): void {
    this.#db
      .prepare(
        `INSERT INTO digest_subscriptions (id, channel, origin, body, disabled_reason) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, origin = excluded.origin, body = excluded.body,
           disabled_reason = excluded.disabled_reason`,
      )
      .run(subscription.id, subscription.channel, subscription.origin, encodeSubscription(subscription), subscription.disabledReason ?? null);
  }

  async removeSubscription(id: string): Promise<boolean> {
    return this.#db.prepare("DELETE FROM digest_subscriptions WHERE id = ?").run(id).changes > 0;
  }

  async disableSubscription(id: string, reason: string): Promise<void> {
    this.#db.prepare("UPDATE digest_subscriptions SET disabled_reason = ? WHERE id = ?").run(reason, id);
  }

  async syncFileSubscriptions(subscriptions: Subscription[]): Promise<void> {
    const existing = new Map((await this.listSubscriptions()).filter((s) => s.origin === "file").map((s) => [s.id, s]));
    this.#db.transaction(() => {
      const wanted = new Set(subscriptions.map((s) => s.id));
      for (const id of existing.keys()) if (!wanted.has(id)) this.#db.prepare("DELETE FROM digest_subscriptions WHERE id = ?").run(id);
      for (const subscription of subscriptions) {
        this.#put(keepFileState(subscription, existing.get(subscription.id)));
      }
    })();
  }

  async claimSlot(claim: SlotClaim): Promise<ClaimResult> {
    const now = claim.now.getTime();
    // One statement: insert the first claim, or take over a claim whose lease lapsed without an outcome.
    const row = this.#db
      .prepare(
        `INSERT INTO digest_deliveries (key, subscription_id, slot_ms, status, owner, lease_until_ms, attempts)
         VALUES (@key, @subscriptionId, @slotMs, 'claimed', @owner, @leaseUntil, 1)
         ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until_ms = excluded.lease_until_ms,
           attempts = digest_deliveries.attempts + 1
         WHERE digest_deliveries.status = 'claimed' AND digest_deliveries.lease_until_ms <= @now
         RETURNING attempts`,
      )
      .get({ key: claim.key, subscriptionId: claim.subscriptionId, slotMs: claim.slotAt.getTime(), owner: claim.owner, leaseUntil: now + claim.leaseMs, now }) as
      | { attempts: number }
      | undefined;
    return row === undefined ? { claimed: false } : { claimed: true, attempt: row.attempts };
  }

  async finishSlot(key: string, outcome: SlotOutcome): Promise<void> {
    this.#db.transaction(() => {
      this.#db
        .prepare("UPDATE digest_deliveries SET status = ?, message_id = ?, error = ?, finished_at = ?, lease_until_ms = NULL WHERE key = ?")
        .run(outcome.status, outcome.status === "delivered" ? outcome.messageId : null, outcome.status === "failed" ? outcome.error : null, outcome.at.toISOString(), key);
      if (outcome.status !== "delivered") return;
      const sent = this.#db.prepare("INSERT OR IGNORE INTO digest_sent_stories (channel, story_id, sent_at) VALUES (?, ?, ?)");
      for (const storyId of outcome.storyIds) sent.run(outcome.channel, storyId, outcome.at.toISOString());
    })();
  }

  async releaseSlot(key: string, owner: string, error: string): Promise<void> {
    this.#db.prepare("UPDATE digest_deliveries SET lease_until_ms = 0, error = ? WHERE key = ? AND owner = ? AND status = 'claimed'").run(error, key, owner);
  }

  async settledSlots(keys: string[]): Promise<Set<string>> {
    const settled = new Set<string>();
    const query = this.#db.prepare("SELECT key FROM digest_deliveries WHERE key = ? AND status <> 'claimed'").pluck();
    for (const key of keys) if (query.get(key) !== undefined) settled.add(key);
    return settled;
  }

  async lastSettled(): Promise<Map<string, Date>> {
    const rows = this.#db
      .prepare("SELECT subscription_id AS id, max(slot_ms) AS ms FROM digest_deliveries WHERE status <> 'claimed' GROUP BY subscription_id")
      .all() as { id: string; ms: number }[];
    return new Map(rows.map((row) => [row.id, new Date(row.ms)]));
  }

  async sentStories(channel: string, storyIds: string[]): Promise<Set<string>> {
    const query = this.#db.prepare("SELECT 1 FROM digest_sent_stories WHERE channel = ? AND story_id = ?").pluck();
    return new Set(storyIds.filter((id) => query.get(channel, id) !== undefined));
  }

  async prune(slotsBefore: Date, sentBefore: Date): Promise<number> {
    return this.#db.transaction(
      () => this.#db.prepare(PRUNE_SLOTS("?")).run(slotsBefore.getTime()).changes + this.#db.prepare(PRUNE_SENT("?")).run(sentBefore.toISOString()).changes,
    )();
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

interface SubscriptionRow {
  body: string;
  disabled_reason: string | null;
}
