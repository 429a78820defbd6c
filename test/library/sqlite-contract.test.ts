import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { storeContract } from "./store-contract.js";

// A file in a fresh temp folder per test (not ":memory:"): the contract reopens the library and opens two
// stores on it at once, as the bot and the CLI do.
let dir = "";

storeContract("SqliteStore", async ({ now }) => new SqliteStore({ path: join(dir, "library.db"), now }), {
  setup: async () => {
    dir = mkdtempSync(join(tmpdir(), "newsbrief-contract-"));
  },
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
  // Since schema version 4 the SQLite store keeps FeedState.seenGuids and failures too.
  persistsFeedProgress: true,
});
