// Per-key rate limiters for the fake platforms, with an injectable clock so tests can move time without waiting.

/** Milliseconds since the epoch; `Date.now` unless a test drives time itself. */
export type Clock = () => number;

/**
 * Slack's model (chat.postMessage: about 1 message a second per channel, short bursts tolerated): a token
 * bucket per key that refills `perSecond` tokens a second up to `burst`.
 */
export class TokenBucket {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly clock: Clock,
  ) {}

  /** Takes a token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const now = this.clock();
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / this.perSecond;
  }
}

/** What a fixed-window limiter says about one request, in the terms Discord's X-RateLimit-* headers use. */
export interface WindowState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetAfter: number;
  /** Epoch seconds when it resets. */
  reset: number;
}

/**
 * Discord's model (per-route buckets, e.g. 5 messages per 5 s per channel): a window opens with the first
 * request and allows `limit` requests until it closes.
 */
export class FixedWindow {
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  hit(key: string): WindowState {
    const now = this.clock();
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    const end = window.start + this.windowMs;
    const allowed = window.count < this.limit;
    if (allowed) window.count += 1;
    return { allowed, limit: this.limit, remaining: this.limit - window.count, resetAfter: (end - now) / 1000, reset: end / 1000 };
  }
}
