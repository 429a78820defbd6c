/** How failures stretch a feed's polling interval. */
export interface BackoffOptions {
  /** The longest wait after repeated failures, in milliseconds. Default 6 hours (never below the interval). */
  maxMs?: number;
}

export const DEFAULT_MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/**
 * The wait before the next poll: the interval after a success; after the nth failure in a row the
 * interval doubled n times, capped. A server's Retry-After is honoured when longer (within the cap),
 * so a 429 or 503 is not hammered.
 */
export function nextPollDelay(intervalMs: number, failures: number, options: BackoffOptions = {}, retryAfterMs?: number): number {
  if (failures <= 0) return intervalMs;
  const cap = Math.max(intervalMs, options.maxMs ?? DEFAULT_MAX_BACKOFF_MS);
  const backoff = Math.min(cap, intervalMs * 2 ** Math.min(failures, 30));
  return retryAfterMs === undefined ? backoff : Math.max(backoff, Math.min(cap, retryAfterMs));
}
