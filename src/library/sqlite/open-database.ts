import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.js";

/** Where the library lives when nothing else is configured (relative to the working directory). */
export const DEFAULT_DATABASE_PATH = "data/newsbrief.db";

/**
 * Opens (creating its folder and file on first run) and migrates the library database. ":memory:" gives a
 * private in-memory database (tests). WAL lets readers run while a writer writes; synchronous=NORMAL is
 * durable across application crashes and, in WAL mode, loses at most the last commits on a power cut.
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    // Set before the first table is created (a no-op afterwards): a stored article is 2-6 KB, and with the
    // default 4 KB pages most rows took a page of their own, wasting a third of the file.
    db.pragma("page_size = 8192");
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    // Checkpoint when the WAL reaches 4,000 pages (32 MB) instead of SQLite's 1,000: each checkpoint costs
    // two fsyncs and copies every page changed since the last one, and a bulk import changes the same
    // full-text and index pages commit after commit; with a longer stretch each is copied once, not each
    // time. The WAL file is cut back to 64 MB after a checkpoint if it ever grew beyond that.
    db.pragma("wal_autocheckpoint = 4000");
    db.pragma("journal_size_limit = 67108864");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Another process (the CLI next to the running bot) may hold the write lock for a moment.
    db.pragma("busy_timeout = 5000");
    // 8 MB of page cache (SQLite's default is 2 MB). 16 MB held the peak RSS of a 100,000-article bulk
    // import 25-30 MB higher for no measurable gain in ingest or search time: pages that fall out are
    // re-read from the OS file cache for a few microseconds (see docs/adr/012-library-ingest-speed.md).
    db.pragma("cache_size = -8000");
    db.pragma("temp_store = MEMORY");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
