import type { DigestStore } from "./digest-store.js";
import { SqliteDigestStore } from "./sqlite/sqlite-digest-store.js";

export interface DigestStoreLocation {
  /** PostgreSQL (DATABASE_URL): shared by every instance. */
  databaseUrl?: string;
  /** Otherwise the library's SQLite file. */
  sqlitePath: string;
}

/**
 * The digest ledger next to the library: in PostgreSQL when configured, else in the SQLite file. The PostgreSQL
 * code (and its driver, about 15 MB of memory) is loaded only when it is used, as in open-library.ts.
 */
export async function openDigestStore(location: DigestStoreLocation): Promise<DigestStore> {
  if (location.databaseUrl === undefined) return new SqliteDigestStore(location.sqlitePath);
  const { PostgresDigestStore } = await import("./postgres/postgres-digest-store.js");
  return new PostgresDigestStore({ connectionString: location.databaseUrl });
}
