import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { FolderSource } from "../sources/folder/folder-source.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { LibraryStore } from "./store.js";

export interface LibraryLocation {
  /** Folder of the database, created on first run. */
  dataDir: string;
  /** Folder of article files, ingested on open (the shipped sample lives here). */
  briefingsDir: string;
}

export interface OpenLibrary {
  store: LibraryStore;
  folder: FolderSource;
  close(): Promise<void>;
}

/**
 * Opens the library where the configuration says, with no setup step: the data folder and database are created
 * on first run, migrations applied, and the briefings folder scanned so its articles (the sample among them)
 * are there out of the box.
 */
export async function openLibrary(location: LibraryLocation): Promise<OpenLibrary> {
  mkdirSync(location.dataDir, { recursive: true });
  const store = new SqliteStore({ path: join(location.dataDir, "newsbrief.db") });
  const folder = new FolderSource({ folder: location.briefingsDir, store });
  await folder.scan();
  return { store, folder, close: () => store.close() };
}
