import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTask, setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rows = (path: string) => {
  const db = new Database(path, { readonly: true });
  const found = db.prepare("SELECT key FROM briefing_cache ORDER BY key").all() as Array<{ key: string }>;
  db.close();
  return found.map((r) => r.key);
};

describe("briefing cache writes", () => {
  it("serves a pending entry at once and writes the task's entries together", async () => {
    const path = join(dir, "library.db");
    const store = new SqliteStore({ path });
    await store.putCachedBriefing("a", "1", '{"a":1}');
    await store.putCachedBriefing("b", "1", '{"b":1}');
    expect(await store.getCachedBriefing("a", "1")).toBe('{"a":1}');
    expect(rows(path)).toEqual([]);
    await nextTask();
    expect(rows(path)).toEqual(["a", "b"]);
    await store.close();
  });

  it("does not wait for another process's lock, and writes once the lock is gone", async () => {
    const path = join(dir, "library.db");
    const store = new SqliteStore({ path });
    const other = new Database(path);
    other.prepare("BEGIN IMMEDIATE").run();
    await store.putCachedBriefing("a", "1", "{}");
    const started = performance.now();
    await nextTask();
    expect(performance.now() - started).toBeLessThan(1_000); // not the 5 s busy timeout
    expect(await store.getCachedBriefing("a", "1")).toBe("{}");
    other.prepare("COMMIT").run();
    other.close();
    await sleep(1_200);
    expect(rows(path)).toEqual(["a"]);
    await store.close();
  });

  it("writes what is pending when the store closes", async () => {
    const path = join(dir, "library.db");
    const store = new SqliteStore({ path });
    await store.putCachedBriefing("a", "1", "{}");
    await store.close();
    expect(rows(path)).toEqual(["a"]);
  });
});
