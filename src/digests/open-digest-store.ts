import type { DigestStore } from "./digest-store.js";
import { PostgresDigestStore } from "./postgres/postgres-digest-store.js";
import { SqliteDigestStore } from "./sqlite/sqlite-digest-store.js";

export interface DigestStoreLocation {
  /** PostgreSQL (DATABASE_URL): shared by every instance. */
  databaseUrl?: string;
  /** Otherwise the library's SQLite file. */
  sqlitePath: string;
}

/** The digest ledger next to the library: in PostgreSQL when configured, else in the SQLite file. */
export function openDigestStore(location: DigestStoreLocation): DigestStore {
  return location.databaseUrl === undefined
    ? new SqliteDigestStore(location.sqlitePath)
    : new PostgresDigestStore({ connectionString: location.databaseUrl });
}
