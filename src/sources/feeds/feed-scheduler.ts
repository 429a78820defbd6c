import type { LibraryStore, PutResult } from "../../library/store.js";
import { MAX_TIMER_MS, systemClock, type Clock } from "../clock.js";
import type { FeedConfig, FeedPollResult, FeedPoller } from "./feed-poller.js";

/** What the scheduler needs of a poller (a FeedPoller; tests may pass a recording double). */
export type FeedPolling = Pick<FeedPoller, "poll" | "intervalOf">;

export interface FeedSchedulerOptions {
  feeds: readonly FeedConfig[];
  poller: FeedPolling;
  /** Read once at start for each feed's stored next poll time, so a restart does not poll everything at once. */
  store: LibraryStore;
  /** Feeds polled at once, 1 to 4. Default 3. */
  concurrency?: number;
  clock?: Clock;
  /** New articles from a primed feed (for digests). Called once per poll that found any. */
  onAnnounce?: (announced: PutResult[], feed: FeedConfig) => void;
  /** Every poll's result, for logs and status. */
  onPoll?: (result: FeedPollResult, feed: FeedConfig) => void;
}

const MAX_CONCURRENCY = 4;

/**
 * Polls many feeds, each on its own interval, with at most `concurrency` polls in flight. One timer
 * is armed for the earliest due feed; each poll's result says when that feed is due next (backed off
 * after failures). `stop()` disarms the timer and waits for polls in flight.
 */
export class FeedScheduler {
  readonly #options: FeedSchedulerOptions;
  readonly #clock: Clock;
  readonly #concurrency: number;
  readonly #due = new Map<string, number>();
  readonly #running = new Map<string, Promise<void>>();
  #timer: unknown;
  #started = false;

  constructor(options: FeedSchedulerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? 3)));
  }

  /** Loads each feed's next poll time (default: now) and starts polling. */
  async start(): Promise<void> {
    if (this.#started) return;
    await this.#loadDueTimes();
    this.#started = true;
    this.#pump();
  }

  /** Stops scheduling and resolves when polls in flight have finished. */
  async stop(): Promise<void> {
    this.#started = false;
    this.#disarm();
    await Promise.all(this.#running.values());
  }

  /** Polls every feed that is due now (concurrency-limited) and resolves with their results. For one-shot runs and tests. */
  async runDue(): Promise<FeedPollResult[]> {
    if (this.#due.size === 0) await this.#loadDueTimes();
    const results: FeedPollResult[] = [];
    const now = this.#clock.now();
    const due = this.#options.feeds.filter((feed) => (this.#due.get(feed.url) ?? now) <= now && !this.#running.has(feed.url));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < due.length) await this.#launch(due[next++] as FeedConfig, results);
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, due.length) }, worker));
    return results;
  }

  /** When each feed is due next (ms since the epoch). */
  dueTimes(): ReadonlyMap<string, number> {
    return this.#due;
  }

  async #loadDueTimes(): Promise<void> {
    const now = this.#clock.now();
    for (const feed of this.#options.feeds) {
      const state = await this.#options.store.getFeedState(feed.url).catch(() => undefined);
      const stored = state?.nextPollAt === undefined ? Number.NaN : Date.parse(state.nextPollAt);
      this.#due.set(feed.url, Number.isNaN(stored) ? now : stored);
    }
  }

  /** Starts as many due polls as slots allow, then arms the timer for the next one. */
  #pump(): void {
    if (!this.#started) return;
    this.#disarm();
    const now = this.#clock.now();
    let earliest = Number.POSITIVE_INFINITY;
    for (const feed of this.#options.feeds) {
      if (this.#running.has(feed.url)) continue;
      const due = this.#due.get(feed.url) ?? now;
      if (due <= now && this.#running.size < this.#concurrency) {
        void this.#launch(feed);
      } else if (due > now) {
        earliest = Math.min(earliest, due);
      }
    }
    // With every slot busy, a finishing poll pumps again; otherwise wake for the earliest due feed.
    if (earliest !== Number.POSITIVE_INFINITY && this.#running.size < this.#concurrency) {
      this.#timer = this.#clock.setTimeout(() => this.#pump(), Math.min(MAX_TIMER_MS, Math.max(0, earliest - now)));
    }
  }

  /** Polls one feed, tracked as running; when it ends, the freed slot is offered to the next due feed. */
  #launch(feed: FeedConfig, results?: FeedPollResult[]): Promise<void> {
    const running = this.#poll(feed, results).finally(() => {
      this.#running.delete(feed.url);
      this.#pump();
    });
    this.#running.set(feed.url, running);
    return running;
  }

  async #poll(feed: FeedConfig, results?: FeedPollResult[]): Promise<void> {
    const interval = this.#options.poller.intervalOf(feed);
    try {
      const result = await this.#options.poller.poll(feed);
      const next = Date.parse(result.nextPollAt);
      this.#due.set(feed.url, Number.isNaN(next) ? this.#clock.now() + interval : next);
      results?.push(result);
      this.#options.onPoll?.(result, feed);
      if (result.announced.length > 0) this.#options.onAnnounce?.(result.announced, feed);
    } catch {
      // A throwing callback must not stop the schedule: the feed is simply due again after its interval.
      if ((this.#due.get(feed.url) ?? 0) <= this.#clock.now()) this.#due.set(feed.url, this.#clock.now() + interval);
    }
  }

  #disarm(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
