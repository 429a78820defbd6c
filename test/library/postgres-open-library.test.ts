import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openLibrary } from "../../src/library/open-library.js";
import { PostgresStore } from "../../src/library/postgres/postgres-store.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { createTestSchema, postgresForTests, TEST_DATABASE_URL } from "./postgres-test-schema.js";

// DATABASE_URL from the environment to the store: validated by loadConfig, and openLibrary picks the store.

describe("DATABASE_URL", () => {
  it("is optional, and read when it is a postgres:// or postgresql:// URL", () => {
    expect(loadConfig({})).not.toHaveProperty("databaseUrl");
    expect(loadConfig({ DATABASE_URL: "  " })).not.toHaveProperty("databaseUrl");
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db.internal:5432/news" }).databaseUrl).toBe("postgres://bot:pw@db.internal:5432/news");
    expect(loadConfig({ DATABASE_URL: "postgresql:///news?host=/var/run/postgresql" }).databaseUrl).toBe("postgresql:///news?host=/var/run/postgresql");
  });

  it.each(["mysql://bot:pw@db/news", "https://db.example/news", "postgres://bot:hunter2@db /news", "hunter2"])("refuses %s without repeating it", (value) => {
    expect(() => loadConfig({ DATABASE_URL: value })).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(() => loadConfig({ DATABASE_URL: value })).toThrow(expect.objectContaining({ message: expect.not.stringContaining("hunter2") }));
  });
});

const withPostgres = await postgresForTests();

describe("openLibrary", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "newsbrief-open-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("opens SQLite in the data folder when DATABASE_URL is not set", async () => {
    const library = await openLibrary({ dataDir: join(dir, "data"), briefingsDir: "briefings" });
    expect(library.store).toBeInstanceOf(SqliteStore);
    expect(existsSync(join(dir, "data", "newsbrief.db"))).toBe(true);
    await library.close();
  });

  it.skipIf(!withPostgres)("opens PostgreSQL when DATABASE_URL is set, with the briefings folder scanned into it", async () => {
    const schema = await createTestSchema();
    try {
      const databaseUrl = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      const library = await openLibrary({ dataDir: join(dir, "data"), briefingsDir: "briefings", databaseUrl });
      expect(library.store).toBeInstanceOf(PostgresStore);
      expect(await library.store.countArticles()).toBeGreaterThan(0);
      expect(existsSync(join(dir, "data"))).toBe(false);
      await library.close();
    } finally {
      await schema.drop();
    }
  });
});
