import type Database from "better-sqlite3";
import { statement } from "./statement-cache.js";

const GET = "SELECT briefing_json AS json FROM briefing_cache WHERE key = ? AND engine_version = ?";
const PUT = "INSERT OR REPLACE INTO briefing_cache (key, engine_version, briefing_json) VALUES (?, ?, ?)";
/** When another process holds the write lock, pending entries wait this long before the next try. */
const RETRY_MS = 1_000;
/** Entries held at most while the database stays locked; beyond that the oldest are dropped (it is a cache). */
const MAX_PENDING = 1_000;

/**
 * The briefing cache with deferred writes. One brief(topic) caches up to seven briefings; written one by
 * one, each was its own commit (0.2 ms of CPU, 0.6 ms of wall time each). Entries are kept in memory and
 * written together in one transaction once the current task is done, and a write never waits for another
 * process's lock (it is retried later): answering the user comes first. Reads see pending entries.
 */
export class BriefingCache {
  readonly #db: Database.Database;
  readonly #pending = new Map<string, { key: string; engineVersion: string; json: string }>();
  /** Cancels the scheduled flush, when one is scheduled. */
  #cancel: (() => void) | undefined;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  get(key: string, engineVersion: string): string | undefined {
    const pending = this.#pending.get(pendingKey(key, engineVersion));
    if (pending !== undefined) return pending.json;
    return (statement(this.#db, GET).get(key, engineVersion) as { json: string } | undefined)?.json;
  }

  put(key: string, engineVersion: string, json: string): void {
    const id = pendingKey(key, engineVersion);
    this.#pending.delete(id); // re-inserted last: the newest entries survive a long lock
    this.#pending.set(id, { key, engineVersion, json });
    if (this.#pending.size > MAX_PENDING) this.#pending.delete(this.#pending.keys().next().value as string);
    if (this.#cancel === undefined) {
      const immediate = setImmediate(() => this.flush(false));
      this.#cancel = () => clearImmediate(immediate);
    }
  }

  /** Writes pending entries. `wait`: wait for the lock like any write (at close) instead of retrying later. */
  flush(wait: boolean): void {
    this.#cancel?.();
    this.#cancel = undefined;
    if (this.#pending.size === 0 || !this.#db.open) return;
    const timeout = this.#db.pragma("busy_timeout", { simple: true }) as number;
    if (!wait) this.#db.pragma("busy_timeout = 0");
    try {
      this.#db.transaction(() => {
        for (const entry of this.#pending.values()) statement(this.#db, PUT).run(entry.key, entry.engineVersion, entry.json);
      }).immediate();
      this.#pending.clear();
    } catch (error) {
      if (!isBusy(error) || wait) throw error;
      const timer = setTimeout(() => this.flush(false), RETRY_MS);
      timer.unref(); // a cache entry is not worth keeping the process alive for
      this.#cancel = () => clearTimeout(timer);
    } finally {
      if (!wait) this.#db.pragma(`busy_timeout = ${timeout}`);
    }
  }
}

function pendingKey(key: string, engineVersion: string): string {
  return `${engineVersion}\u0000${key}`;
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_BUSY");
}
