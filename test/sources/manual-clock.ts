import type { Clock } from "../../src/sources/clock.js";

/** A clock that moves only when told: `advance(ms)` runs the timers that fall due, in time order. */
export class ManualClock implements Clock {
  #now: number;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #nextId = 1;

  constructor(start = Date.parse("2024-09-01T00:00:00Z")) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.#now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Pending timers' due times, for assertions. */
  pending(): number[] {
    return [...this.#timers.values()].map((timer) => timer.at).sort((a, b) => a - b);
  }

  /** Moves time forward, firing due timers one by one (each may arm new ones). */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let first: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (first === undefined || entry[1].at < first[1].at)) first = entry;
      if (first === undefined) break;
      this.#timers.delete(first[0]);
      this.#now = Math.max(this.#now, first[1].at);
      first[1].callback();
    }
    this.#now = end;
  }
}
