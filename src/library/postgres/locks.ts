import type pg from "pg";

// Advisory lock keys are (class, object) pairs of 32-bit integers. The class says what is locked; the object is
// a hash of the schema, so libraries in different schemas of one database (parallel test runs) never wait for
// each other. coalesce: current_schema() is NULL when no schema of the search_path exists, and a NULL key
// would silently take no lock at all.

/** Serialises schema migrations between processes starting at once. */
export const MIGRATION_LOCK = 0x6e62_0001;
/** Serialises article inserts, so clustering decisions see every earlier insert (see put-articles.ts). */
export const CLUSTERING_LOCK = 0x6e62_0002;

/** Takes a transaction-level advisory lock of `lockClass` for the current schema; it is released at COMMIT or ROLLBACK. */
export async function lockForTransaction(client: pg.PoolClient, lockClass: number): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1::int, hashtext(coalesce(current_schema(), '')))", [lockClass]);
}
