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
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Another process (the CLI next to the running bot) may hold the write lock for a moment.
    db.pragma("busy_timeout = 5000");
    // 16 MB of page cache: the FTS index's hot pages stay in memory without nearing the memory budget.
    db.pragma("cache_size = -16000");
    db.pragma("temp_store = MEMORY");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
