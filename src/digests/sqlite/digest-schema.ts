import type Database from "better-sqlite3";
import { DIGEST_MIGRATIONS_TABLE, DIGEST_SCHEMA_STEPS } from "../digest-schema-steps.js";

export function migrateDigestTables(db: Database.Database): void {
  db.exec(DIGEST_MIGRATIONS_TABLE);
  // IMMEDIATE takes the write lock first, so two processes opening a new file cannot both apply a step.
  db.transaction(() => {
    const row = db.prepare("SELECT max(version) AS version FROM digest_schema_migrations").get() as { version: number | null };
    for (const step of DIGEST_SCHEMA_STEPS) {
      if (step.version <= (row.version ?? 0)) continue;
      db.exec(step.sql);
      db.prepare("INSERT INTO digest_schema_migrations (version, applied_at) VALUES (?, ?)").run(step.version, new Date().toISOString());
    }
  }).immediate();
}
