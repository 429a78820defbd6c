/**
 * Time as the sources see it: injectable, so schedules, backoff and "first seen" dates are testable
 * without waiting. The system clock is the default everywhere.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending poll must not keep a finished process alive; stop() is the way to end a scheduler.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** setTimeout fires at once for delays over 2^31-1 ms (~24.8 days); longer waits are taken in steps. */
export const MAX_TIMER_MS = 2_147_483_647;
