import { describe } from "vitest";
import { openPostgresStore } from "../../src/library/postgres/postgres-store.js";
import { createTestSchema, postgresForTests, TEST_DATABASE_URL } from "./postgres-test-schema.js";
import { storeContract } from "./store-contract.js";

// A fresh schema per test: the contract's "empty library" and "reopen the same library" both hold.
let current: Awaited<ReturnType<typeof createTestSchema>> | undefined;

describe.skipIf(!(await postgresForTests()))("PostgreSQL", () => {
  storeContract("PostgresStore", ({ now }) => openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: current!.schema, now }), {
    setup: async () => {
      current = await createTestSchema();
    },
    teardown: async () => {
      await current?.drop();
      current = undefined;
    },
    persistsFeedProgress: true,
  });
});
