import { SqliteStore } from "../../../src/library/sqlite/sqlite-store.js";
import type { Resolver } from "../../../src/fetch/guarded-lookup.js";
import { safeFetch, type Fetcher } from "../../../src/fetch/safe-fetch.js";
import { FeedPoller, type FeedPollerOptions } from "../../../src/sources/feeds/feed-poller.js";
import { ManualClock } from "../manual-clock.js";

/** Tests talk to 127.0.0.1 only: every other name fails to resolve instead of reaching the Internet. */
const offline: Resolver = async (hostname) => {
  throw Object.assign(new Error(`${hostname} is not resolvable in tests`), { code: "ENOTFOUND" });
};
export const localFetcher: Fetcher = (url, options) => safeFetch(url, { ...options, resolver: offline });

export interface PollerRig {
  store: SqliteStore;
  clock: ManualClock;
  poller: FeedPoller;
}

/** A poller on a fresh in-memory SQLite library, allowed to reach 127.0.0.1 and nothing private besides. */
export function pollerRig(options: Partial<FeedPollerOptions> = {}): PollerRig {
  const store = new SqliteStore({ path: ":memory:" });
  const clock = new ManualClock();
  const poller = new FeedPoller({ store, clock, fetcher: localFetcher, policy: { allow: ["127.0.0.1"] }, defaultIntervalMs: 10 * 60_000, ...options });
  return { store, clock, poller };
}
