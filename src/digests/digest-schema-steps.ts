/**
 * The digest tables, the same DDL on SQLite and PostgreSQL (BIGINT is an integer column in both), versioned
 * apart from the library's schema in digest_schema_migrations, so the digests module owns its storage and
 * either side can change without renumbering the other. Append only. Delivery rows are kept after delivery:
 * the key must keep winning over late claimants.
 */
export const DIGEST_SCHEMA_STEPS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE digest_subscriptions (
        id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        origin TEXT NOT NULL,
        body TEXT NOT NULL,
        disabled_reason TEXT
      );
      CREATE TABLE digest_deliveries (
        key TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        slot_ms BIGINT NOT NULL,
        status TEXT NOT NULL,
        owner TEXT,
        lease_until_ms BIGINT,
        attempts INTEGER NOT NULL,
        message_id TEXT,
        error TEXT,
        finished_at TEXT
      );
      CREATE INDEX digest_deliveries_by_subscription ON digest_deliveries (subscription_id, status, slot_ms);
      CREATE TABLE digest_sent_stories (
        channel TEXT NOT NULL,
        story_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (channel, story_id)
      );
    `,
  },
];

export const DIGEST_MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS digest_schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

/**
 * Ledger housekeeping, the same SQL on both databases ($1/$2 are numbered on PostgreSQL, ? on SQLite). A slot
 * can only be due again if it is later than its subscription's latest settled slot, so older rows may go;
 * the latest stays. A story joins no new articles days after it began (ADR 010), so old sent-story rows can
 * never match a new digest.
 */
export const PRUNE_SLOTS = (param: string): string =>
  `DELETE FROM digest_deliveries WHERE status <> 'claimed' AND slot_ms < ${param} AND slot_ms < (
     SELECT max(x.slot_ms) FROM digest_deliveries x WHERE x.subscription_id = digest_deliveries.subscription_id AND x.status <> 'claimed')`;
export const PRUNE_SENT = (param: string): string => `DELETE FROM digest_sent_stories WHERE sent_at < ${param}`;
