import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { LibraryStore } from "../library/store.js";
import { deliverSlot, type DeliveryContext, type DeliveryResult, type SlotDelivery } from "./deliver-slot.js";
import type { DigestOutlets } from "./digest-outlets.js";
import type { DigestStore } from "./digest-store.js";
import { runLimited } from "./run-limited.js";
import { parseSchedule, type Schedule } from "./schedule/parse-schedule.js";
import { latestSlot } from "./schedule/slots.js";
import type { Subscription } from "./subscription.js";

export interface DigestRunnerOptions {
  store: DigestStore;
  library: LibraryStore;
  outlets: DigestOutlets;
  /** Default: the system clock. Tests pass their own and call tick() themselves. */
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How far back a missed slot is still delivered after downtime. Default 6 hours. */
  catchUpMs?: number;
  /** How long a claim holds before another instance may take the slot over. Default 2 minutes. */
  leaseMs?: number;
  /** Deliveries in flight at once (the SDKs queue within each platform's rate limits). Default 16. */
  concurrency?: number;
  /** Posting attempts per claim. Default 3. */
  attempts?: number;
  /** First wait between attempts, doubled each time. Default 2 s. */
  retryDelayMs?: number;
  log?: (line: string) => void;
}

export type TickReport = Record<DeliveryResult | "due" | "unrouted" | "errors", number>;

export const DEFAULT_CATCH_UP_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** A story takes no new articles 4 days after it began (ADR 010): a month of sent-story records is plenty. */
const KEEP_SENT_MS = 30 * DAY_MS;

/**
 * Runs due digests. Every tick (node-cron calls it each minute, and once at start) looks at each enabled
 * subscription's latest slot: if it is not settled, not older than the catch-up window and not before the
 * subscription existed, it is delivered. Only the latest slot is ever considered, so downtime yields one
 * digest per subscription, never a burst; and because slots are claimed in the store, any number of
 * instances can tick at once.
 */
export class DigestRunner {
  readonly #options: DigestRunnerOptions;
  readonly #now: () => Date;
  readonly #owner = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  readonly #schedules = new Map<string, Schedule>();
  readonly #log: (line: string) => void;
  #prunedAt = 0;

  constructor(options: DigestRunnerOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.#log = options.log ?? ((line) => process.stderr.write(`[digests] ${line}\n`));
  }

  /** Which deliveries are due now: one per subscription at most. */
  async dueDeliveries(now: Date): Promise<SlotDelivery[]> {
    const { store } = this.#options;
    const catchUpMs = this.#options.catchUpMs ?? DEFAULT_CATCH_UP_MS;
    const [subscriptions, settled] = await Promise.all([store.listSubscriptions(), store.lastSettled()]);
    const due: SlotDelivery[] = [];
    for (const subscription of subscriptions) {
      if (subscription.disabledReason !== undefined) continue;
      const schedule = this.#schedule(subscription);
      if (schedule === undefined) continue;
      const previous = settled.get(subscription.id);
      const after = Math.max(previous?.getTime() ?? 0, now.getTime() - catchUpMs, Date.parse(subscription.createdAt) || 0);
      const slot = latestSlot(schedule, subscription.timeZone, now, new Date(after));
      if (slot === undefined) continue;
      // The first digest covers the schedule's previous period.
      const since = previous ?? latestSlot(schedule, subscription.timeZone, new Date(slot.at.getTime() - 1))?.at ?? new Date(slot.at.getTime() - catchUpMs);
      due.push({ subscription, key: `${subscription.id}@${slot.key}`, slotAt: slot.at, window: { since, until: now } });
    }
    const done = await store.settledSlots(due.map((delivery) => delivery.key));
    return due.filter((delivery) => !done.has(delivery.key));
  }

  /** Delivers everything due at `now` (default: the clock) and says what happened. */
  async tick(now: Date = this.#now()): Promise<TickReport> {
    const report: TickReport = { due: 0, delivered: 0, recovered: 0, skipped: 0, disabled: 0, released: 0, taken: 0, unrouted: 0, errors: 0 };
    // Instances tick together: each works through the due list in its own order, so they split the work
    // instead of all contending for the same first slots.
    await this.#pruneHourly(now);
    const due = shuffle(await this.dueDeliveries(now));
    report.due = due.length;
    await runLimited(due, this.#options.concurrency ?? 16, async (delivery) => {
      const adapter = this.#options.outlets.for(delivery.subscription.channel);
      if (adapter === undefined) {
        report.unrouted++;
        return;
      }
      try {
        report[await deliverSlot(this.#context(adapter), delivery)]++;
      } catch (error) {
        // The store or the library failed: the claim lapses and a later tick (here or elsewhere) retries.
        report.errors++;
        this.#log(`digest ${delivery.key} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return report;
  }

  // The ledger keeps a row per slot; rows older than any slot that could still be due go once an hour, so
  // the table and each tick's lastSettled() stay small however long the bot runs.
  async #pruneHourly(now: Date): Promise<void> {
    if (now.getTime() - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = now.getTime();
    const keepSlots = (this.#options.catchUpMs ?? DEFAULT_CATCH_UP_MS) + DAY_MS;
    try {
      await this.#options.store.prune(new Date(now.getTime() - keepSlots), new Date(now.getTime() - KEEP_SENT_MS));
    } catch (error) {
      this.#log(`digest ledger housekeeping failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #context(adapter: DeliveryContext["adapter"]): DeliveryContext {
    const options = this.#options;
    return {
      store: options.store,
      library: options.library,
      adapter,
      owner: this.#owner,
      leaseMs: options.leaseMs ?? 120_000,
      now: this.#now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      attempts: options.attempts ?? 3,
      retryDelayMs: options.retryDelayMs ?? 2_000,
      log: this.#log,
    };
  }

  #schedule(subscription: Subscription): Schedule | undefined {
    const cached = this.#schedules.get(subscription.schedule);
    if (cached !== undefined) return cached;
    try {
      const schedule = parseSchedule(subscription.schedule);
      this.#schedules.set(subscription.schedule, schedule);
      return schedule;
    } catch (error) {
      // Stored schedules were valid when saved; one from a newer version must not stop the others.
      this.#log(`digest ${subscription.id}: schedule "${subscription.schedule}" not understood: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
