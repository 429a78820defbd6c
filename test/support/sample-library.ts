import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fetchArticle } from "../../src/articles/fetch-article.js";
import type { CommandDeps } from "../../src/commands/command-deps.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { FolderSource } from "../../src/sources/folder/folder-source.js";

/** A real SQLite library in a temp folder holding the shipped briefings (the sample article), as on first start. */
export async function sampleLibrary(now = () => new Date("2021-09-09T12:00:00Z")): Promise<CommandDeps & { close(): Promise<void> }> {
  const store = new SqliteStore({ path: join(mkdtempSync(join(tmpdir(), "newsbrief-lib-")), "newsbrief.db"), now });
  await new FolderSource({ folder: "briefings", store }).scan();
  return {
    store,
    now,
    fetchArticle: (url) => fetchArticle(url, { allow: ["127.0.0.1"] }),
    close: () => store.close(),
  };
}
