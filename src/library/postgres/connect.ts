import pg from "pg";

export interface PostgresConnection {
  /** A postgres:// or postgresql:// URL (DATABASE_URL). Never logged: it may hold a password. */
  connectionString: string;
  /**
   * Schema the library's tables live in (it must exist). Set through the connection's search_path, so every
   * statement stays unqualified and two libraries (test runs, staging next to production) share one database.
   * Default: the server's search_path (normally "public").
   */
  schema?: string;
  /** Connections in the pool. Default 5: writes are serialised anyway (see put-articles.ts), reads are short. */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A pool for the library. No connection is made until the first query. */
export function createPool(connection: PostgresConnection): pg.Pool {
  const { schema } = connection;
  // The name goes into a connection option, not a statement, but it is still checked: only plain identifiers.
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  // pg lets the URL's parameters override the config's, so a schema given both ways would silently lose.
  if (schema !== undefined && urlHasOptions(connection.connectionString)) throw new Error("Give the PostgreSQL schema either in the URL's options or as `schema`, not both");
  const pool = new pg.Pool({
    connectionString: connection.connectionString,
    max: connection.maxConnections ?? 5,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    application_name: "newsbrief",
    // pg waits for a connection forever by default: an unreachable host would hang start-up without a word.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server closes (restart, failover) is reported here; without a listener Node would
  // crash the bot. The pool drops that connection and the next query opens a new one, so there is nothing to do.
  pool.on("error", () => undefined);
  return pool;
}

function urlHasOptions(connectionString: string): boolean {
  try {
    return new URL(connectionString).searchParams.has("options");
  } catch {
    return false;
  }
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // READ COMMITTED (the default) matters: each statement sees what was committed before it ran, so the
    // statements after an advisory lock see everything its previous holder wrote.
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      // The connection itself failed: it must not go back to the pool.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
