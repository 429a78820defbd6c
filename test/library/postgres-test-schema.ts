import { randomBytes } from "node:crypto";
import pg from "pg";

// Tests against the real PostgreSQL (15 locally and in CI). Every library lives in a schema of its own,
// nb_test_<random>, dropped afterwards: parallel vitest workers and concurrent CI runs never see each other.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Creates an empty schema with a unique name; `drop` removes it with everything in it. */
export async function createTestSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `nb_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  return {
    schema,
    drop: async () => {
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/**
 * Whether the test database answers. Where PostgreSQL is expected (CI, or TEST_DATABASE_URL set) the tests
 * run regardless and fail loudly; on a laptop without it they are skipped with a notice.
 */
export async function postgresForTests(): Promise<boolean> {
  if (process.env.CI !== undefined || process.env.TEST_DATABASE_URL !== undefined) return true;
  try {
    await adminQuery("SELECT 1");
    return true;
  } catch {
    console.warn(`PostgreSQL tests skipped: nothing answers at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL to point them elsewhere)`);
    return false;
  }
}

/** One statement on a connection of its own (schema names are generated above, never user input). */
export async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
