// Seeded fault injection for the fakes: the same seed gives the same faults in the same order, so a flaky
// run can be replayed exactly.

/** How often each fault happens, as a probability per request (0 to 1). */
export interface ChaosOptions {
  seed: number;
  /** Answer 429 with a short Retry-After (the client waits and retries). */
  rate429?: number;
  /** Answer 500 without doing anything. */
  rate500?: number;
  /** Do the work (the message is created), then answer 500: the lost-response case exactly-once must survive. */
  rate500AfterCommit?: number;
  /** Retry-After of injected 429s, in seconds. Default 1 (Slack's smallest; Discord accepts fractions). */
  retryAfterSeconds?: number;
}

export type ChaosFault = "429" | "500" | "500-after-commit" | undefined;

export class Chaos {
  #state: number;
  constructor(private readonly options: ChaosOptions) {
    this.#state = options.seed >>> 0;
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds ?? 1;
  }

  /** The fault for the next request, if any. */
  next(): ChaosFault {
    const roll = this.#random();
    let edge = this.options.rate429 ?? 0;
    if (roll < edge) return "429";
    edge += this.options.rate500 ?? 0;
    if (roll < edge) return "500";
    edge += this.options.rate500AfterCommit ?? 0;
    return roll < edge ? "500-after-commit" : undefined;
  }

  /** mulberry32: small, fast, and good enough to spread faults evenly. */
  #random(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
}
