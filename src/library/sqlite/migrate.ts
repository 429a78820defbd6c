import type Database from "better-sqlite3";
import { MIGRATIONS, type Migration } from "./migrations.js";

/** Thrown when the database was written by a newer newsbrief than this one: it must not be touched. */
export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`The library database is at schema version ${found}, but this newsbrief only knows versions up to ${known}. Upgrade newsbrief.`);
    this.name = "SchemaTooNewError";
  }
}

/**
 * Brings the database up to `target` (default: the newest version), applying each missing step in order,
 * each in its own transaction together with its row in schema_migrations. Returns the versions applied.
 */
export function migrate(db: Database.Database, target?: number, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = schemaVersion(db);
  if (current > newest) throw new SchemaTooNewError(current, newest);
  const applied: number[] = [];
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current || migration.version > (target ?? newest)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}

/** The highest applied version, 0 for a new database. */
export function schemaVersion(db: Database.Database): number {
  const row = db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as { version: number | null };
  return row.version ?? 0;
}
