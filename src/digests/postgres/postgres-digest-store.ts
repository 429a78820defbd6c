import type pg from "pg";
import { createPool, inTransaction, type PostgresConnection } from "../../library/postgres/connect.js";
import type { ClaimResult, DigestStore, SlotClaim, SlotOutcome } from "../digest-store.js";
import { decodeSubscription, encodeSubscription, keepFileState } from "../subscription-codec.js";
import type { Subscription } from "../subscription.js";
import { PRUNE_SENT, PRUNE_SLOTS } from "../digest-schema-steps.js";
import { migrateDigestTables } from "./digest-schema.js";

const UPSERT = `INSERT INTO digest_subscriptions (id, channel, origin, body, disabled_reason) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, origin = excluded.origin, body = excluded.body,
    disabled_reason = excluded.disabled_reason`;

/**
 * The digest ledger on PostgreSQL, shared by every bot instance. A slot is claimed with one upsert that only
 * succeeds for the first claimant or over a lapsed lease, so two instances never both deliver a slot.
 */
export class PostgresDigestStore implements DigestStore {
  readonly #pool: pg.Pool;
  readonly #ready: Promise<void>;

  /** The same connection settings as the library's (DATABASE_URL, optional schema); its own pool. */
  constructor(connection: PostgresConnection) {
    this.#pool = createPool({ maxConnections: 10, ...connection });
    this.#ready = migrateDigestTables(this.#pool);
  }

  async #query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    await this.#ready;
    return (await this.#pool.query<R>(sql, values)).rows;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const rows = await this.#query<{ body: string; disabled_reason: string | null }>("SELECT body, disabled_reason FROM digest_subscriptions ORDER BY id");
    return rows.map((row) => decodeSubscription(row.body, row.disabled_reason ?? undefined));
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    await this.#query(UPSERT, subscriptionValues(subscription));
  }

  async removeSubscription(id: string): Promise<boolean> {
    await this.#ready;
    return ((await this.#pool.query("DELETE FROM digest_subscriptions WHERE id = $1", [id])).rowCount ?? 0) > 0;
  }

  async disableSubscription(id: string, reason: string): Promise<void> {
    await this.#query("UPDATE digest_subscriptions SET disabled_reason = $1 WHERE id = $2", [reason, id]);
  }

  async syncFileSubscriptions(subscriptions: Subscription[]): Promise<void> {
    await this.#ready;
    await inTransaction(this.#pool, async (client) => {
      // Row locks on the file subscriptions: two instances starting together apply their (equal) files in turn.
      const { rows } = await client.query<{ body: string; disabled_reason: string | null }>(
        "SELECT body, disabled_reason FROM digest_subscriptions WHERE origin = 'file' FOR UPDATE",
      );
      const existing = new Map(rows.map((row) => decodeSubscription(row.body, row.disabled_reason ?? undefined)).map((s) => [s.id, s]));
      const wanted = new Set(subscriptions.map((s) => s.id));
      for (const id of existing.keys()) if (!wanted.has(id)) await client.query("DELETE FROM digest_subscriptions WHERE id = $1", [id]);
      for (const subscription of subscriptions) await client.query(UPSERT, subscriptionValues(keepFileState(subscription, existing.get(subscription.id))));
    });
  }

  async claimSlot(claim: SlotClaim): Promise<ClaimResult> {
    const now = claim.now.getTime();
    const rows = await this.#query<{ attempts: number }>(
      `INSERT INTO digest_deliveries (key, subscription_id, slot_ms, status, owner, lease_until_ms, attempts)
       VALUES ($1, $2, $3, 'claimed', $4, $5, 1)
       ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until_ms = excluded.lease_until_ms,
         attempts = digest_deliveries.attempts + 1
       WHERE digest_deliveries.status = 'claimed' AND digest_deliveries.lease_until_ms <= $6
       RETURNING attempts`,
      [claim.key, claim.subscriptionId, claim.slotAt.getTime(), claim.owner, now + claim.leaseMs, now],
    );
    const row = rows[0];
    return row === undefined ? { claimed: false } : { claimed: true, attempt: row.attempts };
  }

  async finishSlot(key: string, outcome: SlotOutcome): Promise<void> {
    await this.#ready;
    await inTransaction(this.#pool, async (client) => {
      await client.query("UPDATE digest_deliveries SET status = $1, message_id = $2, error = $3, finished_at = $4, lease_until_ms = NULL WHERE key = $5", [
        outcome.status,
        outcome.status === "delivered" ? outcome.messageId : null,
        outcome.status === "failed" ? outcome.error : null,
        outcome.at.toISOString(),
        key,
      ]);
      if (outcome.status === "delivered" && outcome.storyIds.length > 0) {
        await client.query(`INSERT INTO digest_sent_stories (channel, story_id, sent_at) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`, [
          outcome.channel,
          outcome.storyIds,
          outcome.at.toISOString(),
        ]);
      }
    });
  }

  async releaseSlot(key: string, owner: string, error: string): Promise<void> {
    await this.#query("UPDATE digest_deliveries SET lease_until_ms = 0, error = $1 WHERE key = $2 AND owner = $3 AND status = 'claimed'", [error, key, owner]);
  }

  async settledSlots(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.#query<{ key: string }>("SELECT key FROM digest_deliveries WHERE key = ANY($1::text[]) AND status <> 'claimed'", [keys]);
    return new Set(rows.map((row) => row.key));
  }

  async lastSettled(): Promise<Map<string, Date>> {
    const rows = await this.#query<{ id: string; ms: string }>(
      "SELECT subscription_id AS id, max(slot_ms) AS ms FROM digest_deliveries WHERE status <> 'claimed' GROUP BY subscription_id",
    );
    return new Map(rows.map((row) => [row.id, new Date(Number(row.ms))]));
  }

  async sentStories(channel: string, storyIds: string[]): Promise<Set<string>> {
    if (storyIds.length === 0) return new Set();
    const rows = await this.#query<{ story_id: string }>("SELECT story_id FROM digest_sent_stories WHERE channel = $1 AND story_id = ANY($2::text[])", [channel, storyIds]);
    return new Set(rows.map((row) => row.story_id));
  }

  async prune(slotsBefore: Date, sentBefore: Date): Promise<number> {
    await this.#ready;
    return inTransaction(this.#pool, async (client) => {
      const slots = await client.query(PRUNE_SLOTS("$1"), [slotsBefore.getTime()]);
      const sent = await client.query(PRUNE_SENT("$1"), [sentBefore.toISOString()]);
      return (slots.rowCount ?? 0) + (sent.rowCount ?? 0);
    });
  }

  async close(): Promise<void> {
    await this.#ready.catch(() => undefined);
    await this.#pool.end();
  }
}

function subscriptionValues(subscription: Subscription): unknown[] {
  return [subscription.id, subscription.channel, subscription.origin, encodeSubscription(subscription), subscription.disabledReason ?? null];
}
