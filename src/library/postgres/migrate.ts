import type pg from "pg";
import { SchemaTooNewError } from "../sqlite/migrate.js";
import { inTransaction } from "./connect.js";
import { lockForTransaction, MIGRATION_LOCK } from "./locks.js";
import { POSTGRES_MIGRATIONS, type PostgresMigration } from "./migrations.js";

export { SchemaTooNewError };

/**
 * Brings the schema up to the newest version, returning the versions applied. Several processes may start
 * at once: all of it runs in one transaction under an advisory lock, so the first one migrates and the others
 * then find nothing to do. PostgreSQL's DDL is transactional, so a failing step leaves the schema as it was.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await lockForTransaction(client, MIGRATION_LOCK);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    const current = await postgresSchemaVersion(client);
    if (current > newest) throw new SchemaTooNewError(current, newest);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The highest applied version, 0 for an empty schema. */
export async function postgresSchemaVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_migrations");
  return rows[0]?.version ?? 0;
}
