import type Database from "better-sqlite3";

// Preparing a statement parses and plans its SQL; the store runs the same few dozen statements millions of
// times, so each is prepared once per connection. A WeakMap lets a closed connection take its cache with it.
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on this connection, prepared on first use. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
