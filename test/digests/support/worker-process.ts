import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./digest-worker.ts", import.meta.url));

export interface WorkerEnv {
  NB_DATABASE_URL: string;
  NB_SCHEMA: string;
  NB_LIBRARY: string;
  NB_NOW: string;
  NB_EPOCH: string;
  NB_SLACK_API?: string;
  NB_DISCORD_API?: string;
  NB_LEASE_MS?: string;
  NB_CONCURRENCY?: string;
  /** This worker's share of Discord's global 50 requests/s (DISCORD_GLOBAL_REQUESTS_PER_SECOND). */
  NB_DISCORD_GLOBAL_PER_SECOND?: string;
  /** Set: print where the time went before exiting (bench/digests.ts). */
  NB_PROFILE?: string;
}

export interface Worker {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

/** Starts a digest worker as a real child process (node with tsx), as a bot instance would run. */
export function startWorker(env: WorkerEnv): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Polls until `check` is true (real time: child processes run on their own). */
export async function until(check: () => boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
