import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { evacuationStory, NOW } from "./fixtures/topic-articles.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-store-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (path = join(dir, "library.db")) => new SqliteStore({ path, now: () => NOW });
const [first] = evacuationStory as [(typeof evacuationStory)[number]];

// What only the SQLite store has to show: its file and folder, an in-memory library, and channel context with
// every field surviving a reopen of the file. Dedupe, stories, search and the state tables are held to the
// shared contract (store-contract.ts, run by sqlite-contract.test.ts), not repeated here.
describe("SqliteStore: the library file", () => {
  it("creates its data folder on first run", async () => {
    const path = join(dir, "nested", "data", "newsbrief.db");
    const store = open(path);
    expect(existsSync(path)).toBe(true);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });

  it("keeps channel context across a reopen", async () => {
    let store = open();
    await store.setChannelContext({ channel: "slack:T1:C1", storyId: "s-1", articleId: "a-1", briefingJson: '{"headline":"x"}', at: NOW.toISOString() });
    await store.setChannelContext({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
    await store.close();
    store = open();
    expect(await store.getChannelContext("slack:T1:C1")).toEqual({
      channel: "slack:T1:C1",
      storyId: "s-1",
      articleId: "a-1",
      briefingJson: '{"headline":"x"}',
      at: NOW.toISOString(),
    });
    expect(await store.getChannelContext("discord:9")).toEqual({ channel: "discord:9", briefingJson: "{}", at: NOW.toISOString() });
    expect(await store.getChannelContext("console:local")).toBeUndefined();
    await store.close();
  });

  it("works in memory for tests", async () => {
    const store = new SqliteStore({ path: ":memory:", now: () => NOW });
    await store.putArticle(first);
    expect(await store.countArticles()).toBe(1);
    await store.close();
    await store.close(); // closing twice is harmless
  });
});
