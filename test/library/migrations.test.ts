import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentHash } from "../../src/library/content-hash.js";
import { migrate, SchemaTooNewError, schemaVersion } from "../../src/library/sqlite/migrate.js";
import { MIGRATIONS } from "../../src/library/sqlite/migrations.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { evacuationStory, NOW } from "./fixtures/topic-articles.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-migrations-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A library written by the first schema version: one article, one story, indexed for search. */
function writeVersionOneLibrary(path: string): void {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  expect(migrate(db, 1)).toEqual([1]);
  const { article, sourceId, url } = evacuationStory[0]!;
  const [lead = "", ...rest] = article.paragraphs;
  const published = "2025-03-09T10:00:00.000Z";
  db.prepare("INSERT INTO stories (id, headline, updated, updated_ms, article_count, source_count) VALUES (?, ?, ?, ?, 1, 1)").run(`s-${article.id}`, article.title, published, Date.parse(published));
  const seq = db
    .prepare(
      `INSERT INTO articles (id, content_hash, url, source_id, source_key, source_json, headline, lead, body, published, published_ms, fetched_at, story)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    )
    .run(article.id, contentHash(article), url, sourceId, "capital wire", JSON.stringify(article.source), article.title, lead, rest.join("\n"), published, Date.parse(published), published).lastInsertRowid;
  db.prepare("INSERT INTO articles_fts (rowid, headline, lead, body) VALUES (?, ?, ?, ?)").run(seq, article.title, lead, rest.join("\n"));
  db.close();
}

describe("schema migrations", () => {
  it("numbers its steps from 1 without gaps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it("upgrades a version-1 library on open, keeping its articles and clustering new ones with them", async () => {
    const path = join(dir, "old.db");
    writeVersionOneLibrary(path);
    const store = new SqliteStore({ path, now: () => NOW });
    expect(await store.countArticles()).toBe(1);
    const old = evacuationStory[0]!.article;
    expect((await store.getArticle(old.id))?.paragraphs).toEqual(old.paragraphs);
    expect((await store.search("Ramstein", { now: NOW }))[0]?.storyId).toBe(`s-${old.id}`);
    // Migration 2 back-filled the old article's clustering features: a second source joins its story.
    expect((await store.putArticle(evacuationStory[1]!)).storyId).toBe(`s-${old.id}`);
    // Migration 3 added the state tables.
    await store.setChannelContext({ channel: "console:local", briefingJson: "{}", at: NOW.toISOString() });
    await store.close();

    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    db.close();
  });

  it("applies nothing to an up-to-date library", () => {
    const db = new Database(":memory:");
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it("refuses a library written by a newer newsbrief", () => {
    const path = join(dir, "future.db");
    const db = new Database(path);
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', ?)").run(NOW.toISOString());
    db.close();
    expect(() => new SqliteStore({ path })).toThrow(SchemaTooNewError);
  });

  it("rolls back a failing step with its version row", () => {
    const db = new Database(":memory:");
    const failing = [
      { version: 1, name: "ok", up: (d: Database.Database) => d.exec("CREATE TABLE a (x)") },
      { version: 2, name: "broken", up: (d: Database.Database) => d.exec("CREATE TABLE b (x); THIS IS NOT SQL") },
    ];
    expect(() => migrate(db, undefined, failing)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });
});
