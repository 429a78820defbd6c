import { systemClock, type Clock } from "../clock.js";
import type { FolderScanResult, FolderSource } from "./folder-source.js";

export interface FolderWatchOptions {
  /** Time between the end of one scan and the start of the next, in milliseconds. Default 30,000. */
  intervalMs?: number;
  clock?: Clock;
  onScan?: (result: FolderScanResult) => void;
  /** A scan that failed as a whole (the store was down); the next one is still scheduled. */
  onError?: (error: unknown) => void;
}

export interface FolderWatch {
  /** Stops rescanning; resolves when a scan in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Rescans a folder on an interval, starting with a scan now. Interval rescans, not fs.watch: fs.watch
 * misses changes on network drives and Docker bind mounts, reports an editor's save-by-rename as a
 * delete plus a create, fires several events per save (hence debouncing), and is recursive on Linux only
 * from Node 20 on with caveats. A rescan of unchanged files costs one stat per file, so a short interval
 * is cheap, and it sees every change, however it was made, within one interval.
 */
export function watchFolder(source: FolderSource, options: FolderWatchOptions = {}): FolderWatch {
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalMs ?? 30_000;
  let stopped = false;
  let timer: unknown;
  let current: Promise<void> = Promise.resolve();
  const run = (): void => {
    current = source
      .scan()
      .then(
        (result) => options.onScan?.(result),
        (error: unknown) => options.onError?.(error),
      )
      .catch(() => undefined) // a throwing callback must not end the watch
      .finally(() => {
        if (!stopped) timer = clock.setTimeout(run, intervalMs);
      });
  };
  run();
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      await current.catch(() => undefined);
    },
  };
}
