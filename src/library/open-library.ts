import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { FolderSource } from "../sources/folder/folder-source.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { LibraryStore } from "./store.js";

export interface LibraryLocation {
  /** Folder of the database, created on first run (SQLite only). */
  dataDir: string;
  /** Folder of article files, ingested on open (the shipped sample lives here). */
  briefingsDir: string;
  /** When set, the library lives in this PostgreSQL database (DATABASE_URL) instead of a SQLite file in `dataDir`. */
  databaseUrl?: string;
}

export interface OpenLibrary {
  store: LibraryStore;
  folder: FolderSource;
  close(): Promise<void>;
}

/**
 * Opens the library where the configuration says, with no setup step: the database (a SQLite file created on
 * first run, or PostgreSQL when DATABASE_URL is set) is migrated, and the briefings folder scanned so its
 * articles (the sample among them) are there out of the box.
 */
export async function openLibrary(location: LibraryLocation): Promise<OpenLibrary> {
  const store = await openStore(location);
  try {
    const folder = new FolderSource({ folder: location.briefingsDir, store });
    await folder.scan();
    return { store, folder, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The SQLite file of the library (and, beside it, the digest ledger) in the data folder. */
export function databasePath(location: Pick<LibraryLocation, "dataDir">): string {
  return join(location.dataDir, "newsbrief.db");
}

async function openStore(location: LibraryLocation): Promise<LibraryStore> {
  if (location.databaseUrl !== undefined) {
    // Loaded only when used: SQLite users (the default) do not carry the PostgreSQL driver (about 15 MB).
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore({ connectionString: location.databaseUrl });
  }
  mkdirSync(location.dataDir, { recursive: true });
  return new SqliteStore({ path: databasePath(location) });
}
