import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PostgresDigestStore } from "../../src/digests/postgres/postgres-digest-store.js";
import { SqliteDigestStore } from "../../src/digests/sqlite/sqlite-digest-store.js";
import { createTestSchema, postgresForTests, TEST_DATABASE_URL } from "../library/postgres-test-schema.js";
import { digestStoreContract } from "./digest-store-contract.js";

let dir = "";
digestStoreContract(
  "SQLite",
  async () => {
    dir = mkdtempSync(join(tmpdir(), "nb-digests-"));
    return new SqliteDigestStore(join(dir, "newsbrief.db"));
  },
  async () => rmSync(dir, { recursive: true, force: true }),
);

let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined;
if (await postgresForTests()) {
  digestStoreContract(
    "PostgreSQL",
    async () => {
      schema = await createTestSchema();
      return new PostgresDigestStore({ connectionString: TEST_DATABASE_URL, schema: schema.schema });
    },
    async () => schema?.drop(),
  );
}
