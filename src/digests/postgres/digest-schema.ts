import type pg from "pg";
import { inTransaction } from "../../library/postgres/connect.js";
import { DIGEST_MIGRATIONS_TABLE, DIGEST_SCHEMA_STEPS } from "../digest-schema-steps.js";

// Any fixed number: the advisory lock that serialises digest migrations when several instances start together.
const MIGRATION_LOCK = 7_318_202_611;

export async function migrateDigestTables(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(DIGEST_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM digest_schema_migrations");
    const current = rows[0]?.version ?? 0;
    for (const step of DIGEST_SCHEMA_STEPS) {
      if (step.version <= current) continue;
      await client.query(step.sql);
      await client.query("INSERT INTO digest_schema_migrations (version, applied_at) VALUES ($1, $2)", [step.version, new Date().toISOString()]);
    }
  });
}
