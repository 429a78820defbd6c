import type { FeedState, LibraryStore, NewArticle, PutResult } from "../../library/store.js";
import { FetchError } from "../../fetch/fetch-error.js";
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from "../../fetch/fetch-policy.js";
import { safeFetch, type Fetcher, type FetchResult } from "../../fetch/safe-fetch.js";
import { systemClock, type Clock } from "../clock.js";
import { mapLimit } from "../map-limit.js";
import { nextPollDelay, type BackoffOptions } from "./backoff.js";
import type { FeedItem } from "./feed-item.js";
import { itemArticle } from "./item-article.js";
import { parseFeedBody } from "./parse-feed.js";

/** One configured feed. */
export interface FeedConfig {
  url: string;
  /** The source name shown under briefings. Default: the feed's own title, else its host. */
  name?: string;
  /** How often to poll, in milliseconds. Default: the poller's `defaultIntervalMs` (15 minutes). */
  intervalMs?: number;
}

/** How feeds are polled. Every field has a default. */
export interface FeedPollerOptions {
  store: LibraryStore;
  /** Default: safeFetch (SSRF-safe). */
  fetcher?: Fetcher;
  /** Non-public addresses feeds and their pages may use. Default: none. */
  policy?: FetchPolicy;
  clock?: Clock;
  /** Default 15 minutes. */
  defaultIntervalMs?: number;
  /** Per feed fetch, in milliseconds. Default 15,000. */
  feedTimeoutMs?: number;
  /** Feed size cap. Default 5 MB. */
  feedMaxBytes?: number;
  /** Per linked-page fetch, in milliseconds. Default 10,000. */
  pageTimeoutMs?: number;
  /** Linked-page size cap. Default 5 MB. */
  pageMaxBytes?: number;
  /** Linked pages fetched per poll at most (the first poll of a big feed would fetch them all). Default 20. */
  maxPageFetches?: number;
  /** Linked pages fetched at once. Default 2. */
  pageConcurrency?: number;
  /** Item text this long is the full article (no page fetch). Default 700 characters. */
  minFullTextChars?: number;
  backoff?: BackoffOptions;
}

export interface FeedPollResult {
  url: string;
  outcome: "updated" | "not-modified" | "failed";
  /** True for the feed's first successful poll: its items were recorded, none announced. */
  priming: boolean;
  /** Items in the feed. */
  items: number;
  /** Items not seen in an earlier poll, made into articles and stored. */
  stored: PutResult[];
  /** New articles to announce (digests): stored items that the library did not already hold. Empty when priming. */
  announced: PutResult[];
  /** Items that could not be made into an article, or whose page could not be used (the summary was). */
  itemProblems: { guid: string; error: string }[];
  pagesFetched: number;
  /** Why the poll failed, in plain words. */
  error?: string;
  /** ISO date-time of the next poll (backed off after failures). */
  nextPollAt: string;
}

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
const MINUTE = 60_000;

/**
 * Polls feeds: a conditional GET (ETag / Last-Modified), bounded in time and size, then new items to
 * articles in the store. The first successful poll of a feed primes it (records, announces nothing);
 * later polls announce only items not seen before. Failures back off exponentially and are recorded
 * in the source status; a poll never throws.
 */
export class FeedPoller {
  readonly #options: FeedPollerOptions;
  readonly #fetch: Fetcher;
  readonly #clock: Clock;
  /** Seen GUIDs per feed, for stores that do not persist FeedState.seenGuids. */
  readonly #seen = new Map<string, Set<string>>();
  readonly #failures = new Map<string, number>();

  constructor(options: FeedPollerOptions) {
    this.#options = options;
    this.#fetch = options.fetcher ?? safeFetch;
    this.#clock = options.clock ?? systemClock;
  }

  intervalOf(feed: FeedConfig): number {
    return feed.intervalMs ?? this.#options.defaultIntervalMs ?? 15 * MINUTE;
  }

  async poll(feed: FeedConfig): Promise<FeedPollResult> {
    const { store } = this.#options;
    const state: FeedState = (await store.getFeedState(feed.url).catch(() => undefined)) ?? { url: feed.url, primed: false };
    try {
      return await this.#pollOnce(feed, state);
    } catch (error) {
      return this.#fail(feed, state, error);
    }
  }

  async #pollOnce(feed: FeedConfig, state: FeedState): Promise<FeedPollResult> {
    const { store } = this.#options;
    const fetched = await this.#fetch(feed.url, {
      policy: this.#options.policy ?? DEFAULT_FETCH_POLICY,
      timeoutMs: this.#options.feedTimeoutMs ?? 15_000,
      maxBytes: this.#options.feedMaxBytes ?? 5 * 1024 * 1024,
      accept: FEED_ACCEPT,
      ...(state.etag === undefined ? {} : { etag: state.etag }),
      ...(state.lastModified === undefined ? {} : { lastModified: state.lastModified }),
    });
    const at = this.#clock.now();
    const nextPollAt = new Date(at + this.intervalOf(feed)).toISOString();
    const result: FeedPollResult = { url: feed.url, outcome: "not-modified", priming: false, items: 0, stored: [], announced: [], itemProblems: [], pagesFetched: 0, nextPollAt };
    const next: FeedState = { ...state, nextPollAt, failures: 0 };
    if (fetched.status !== 304) {
      this.#setValidators(next, fetched);
      await this.#storeItems(feed, fetched, state, next, result);
    }
    await store.setFeedState(next);
    const added = result.stored.filter((put) => put.isNew).length;
    await store.recordSourceResult(feed.url, "feed", { ok: true, at: new Date(at).toISOString(), articles: added });
    this.#failures.set(feed.url, 0);
    return result;
  }

  async #storeItems(feed: FeedConfig, fetched: FetchResult, state: FeedState, next: FeedState, result: FeedPollResult): Promise<void> {
    const parsed = parseFeedBody(fetched.body, fetched.contentType, fetched.url);
    const seen = this.#seen.get(feed.url) ?? new Set(state.seenGuids ?? []);
    const fresh = parsed.items.filter((item) => !seen.has(item.guid));
    const feedTitle = feed.name ?? (parsed.title || new URL(feed.url).hostname);
    const inputs = await this.#articles(fresh, feedTitle, feed.url, result);
    result.stored = inputs.length === 0 ? [] : await this.#options.store.putArticles(inputs);
    result.outcome = "updated";
    result.items = parsed.items.length;
    result.priming = !state.primed;
    result.announced = state.primed ? result.stored.filter((put) => put.isNew) : [];
    const guids = parsed.items.map((item) => item.guid);
    this.#seen.set(feed.url, new Set(guids));
    next.seenGuids = guids;
    next.primed = true;
  }

  async #articles(items: FeedItem[], feedTitle: string, sourceId: string, result: FeedPollResult): Promise<NewArticle[]> {
    const budget = { pages: this.#options.maxPageFetches ?? 20 };
    const fetchPage = (url: string): Promise<FetchResult> => {
      result.pagesFetched++;
      return this.#fetch(url, {
        policy: this.#options.policy ?? DEFAULT_FETCH_POLICY,
        timeoutMs: this.#options.pageTimeoutMs ?? 10_000,
        maxBytes: this.#options.pageMaxBytes ?? 5 * 1024 * 1024,
      });
    };
    const made = await mapLimit(items, this.#options.pageConcurrency ?? 2, async (item) => {
      // Ingest is synchronous CPU work: yield to the event loop between items so a big first poll
      // never holds up a chat command waiting for its 3-second deadline.
      await new Promise<void>((resolve) => setImmediate(resolve));
      // The budget is taken when an item starts, so at most `maxPageFetches` pages are fetched.
      const deps = { feedTitle, minFullTextChars: this.#options.minFullTextChars, ...(budget.pages-- > 0 ? { fetchPage } : {}) };
      try {
        const made = await itemArticle(item, deps);
        if (made.pageError !== undefined) result.itemProblems.push({ guid: item.guid, error: `page not used: ${made.pageError}` });
        const input: NewArticle = { article: made.article, sourceId, guid: item.guid };
        const url = made.article.source?.url ?? item.url;
        if (url !== "") input.url = url;
        if (item.published !== undefined) input.published = item.published;
        return input;
      } catch (error) {
        result.itemProblems.push({ guid: item.guid, error: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    });
    return made.filter((input): input is NewArticle => input !== undefined);
  }

  #setValidators(next: FeedState, fetched: FetchResult): void {
    // Validators of the answer we hold; a server that drops them gets unconditional GETs from now on.
    if (fetched.etag === undefined) delete next.etag;
    else next.etag = fetched.etag;
    if (fetched.lastModified === undefined) delete next.lastModified;
    else next.lastModified = fetched.lastModified;
  }

  async #fail(feed: FeedConfig, state: FeedState, error: unknown): Promise<FeedPollResult> {
    const failures = Math.max(this.#failures.get(feed.url) ?? 0, state.failures ?? 0) + 1;
    this.#failures.set(feed.url, failures);
    const retryAfter = error instanceof FetchError ? error.retryAfterMs : undefined;
    const at = this.#clock.now();
    const nextPollAt = new Date(at + nextPollDelay(this.intervalOf(feed), failures, this.#options.backoff, retryAfter)).toISOString();
    const message = error instanceof Error ? error.message : String(error);
    const { store } = this.#options;
    // Recording must not turn one failure into a crash: the status is best effort when the store itself is down.
    await store.setFeedState({ ...state, nextPollAt, failures }).catch(() => undefined);
    await store.recordSourceResult(feed.url, "feed", { ok: false, at: new Date(at).toISOString(), error: message }).catch(() => undefined);
    return { url: feed.url, outcome: "failed", priming: false, items: 0, stored: [], announced: [], itemProblems: [], pagesFetched: 0, error: message, nextPollAt };
  }
}
