import { DigestOutlets } from "../../../src/digests/digest-outlets.js";
import { DigestRunner, type DigestRunnerOptions } from "../../../src/digests/digest-runner.js";
import type { DigestStore } from "../../../src/digests/digest-store.js";
import { SqliteDigestStore } from "../../../src/digests/sqlite/sqlite-digest-store.js";
import { SqliteStore } from "../../../src/library/sqlite/sqlite-store.js";
import { RecordingAdapter } from "./recording-adapter.js";

/** A controllable clock: tests move it; nothing waits for real time. */
export class TestClock {
  constructor(public time: Date) {}
  now = (): Date => new Date(this.time);
  set(iso: string): Date {
    this.time = new Date(iso);
    return this.time;
  }
  advance(ms: number): Date {
    this.time = new Date(this.time.getTime() + ms);
    return this.time;
  }
}

export interface DigestRig {
  clock: TestClock;
  library: SqliteStore;
  store: DigestStore;
  adapter: RecordingAdapter;
  runner: DigestRunner;
  logs: string[];
  close(): Promise<void>;
}

/** A runner on a real (in-memory) SQLite library and ledger, posting to a recording adapter, on a test clock. */
export function digestRig(start: string, options: Partial<DigestRunnerOptions> = {}): DigestRig {
  const clock = new TestClock(new Date(start));
  const library = new SqliteStore({ path: ":memory:", now: clock.now });
  const store = options.store ?? new SqliteDigestStore(":memory:");
  const adapter = new RecordingAdapter("slack", clock.now);
  const logs: string[] = [];
  const runner = new DigestRunner({
    store,
    library,
    outlets: new DigestOutlets([adapter]),
    now: clock.now,
    sleep: async (ms) => void clock.advance(ms),
    log: (line) => logs.push(line),
    ...options,
  });
  return {
    clock,
    library,
    store,
    adapter,
    runner,
    logs,
    async close() {
      await store.close();
      await library.close();
    },
  };
}
