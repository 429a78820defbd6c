import cron from "node-cron";
import type { TickReport } from "./digest-runner.js";

/** What the clock drives: the runner, or the runner behind a step that runs first (re-reading digest files). */
export interface Tickable {
  tick(): Promise<TickReport>;
}

export interface DigestClock {
  /** Stops ticking and waits for the tick in progress, so a shutdown never cuts a delivery in half. */
  stop(): Promise<void>;
}

/**
 * Drives the runner with node-cron: one tick at start (catch-up after downtime) and one at the top of every
 * minute. node-cron only says "a minute has come"; which digests are due, in which time zone, is the
 * runner's slot arithmetic (ADR 011), and who delivers each slot is settled by the claim in the store, so
 * the task is not node-cron "distributed": every instance ticks and the store decides.
 */
export function startDigestClock(runner: Tickable, log: (line: string) => void): DigestClock {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = (): void => {
    // A tick still delivering (10,000 digests take longer than a minute) is not overlapped; the next one
    // picks up whatever it left.
    if (busy) return;
    busy = true;
    running = runner
      .tick()
      .then((report) => logReport(report, log))
      .catch((error: unknown) => log(`digest tick failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        busy = false;
      });
  };
  const task = cron.schedule("* * * * *", tick, { name: "newsbrief-digests" });
  tick();
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}

function logReport(report: TickReport, log: (line: string) => void): void {
  if (report.due === 0) return;
  const parts = Object.entries(report)
    .filter(([name, count]) => name !== "due" && count > 0)
    .map(([name, count]) => `${count} ${name}`);
  log(`${report.due} digest(s) due: ${parts.join(", ")}`);
}
