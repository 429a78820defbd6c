import type { ChatAdapter } from "../chat/chat-adapter.js";
import type { DigestCommandDeps } from "../commands/digest-command.js";
import type { LibraryStore } from "../library/store.js";
import { startDigestClock } from "./digest-clock.js";
import { DigestOutlets } from "./digest-outlets.js";
import { DigestRunner } from "./digest-runner.js";
import type { DigestStore } from "./digest-store.js";
import { syncDigestFiles } from "./file-subscriptions.js";

/** A digest file in the briefings folder is invalid at start: the message names each file, line and field. */
export class DigestFilesError extends Error {
  override readonly name = "DigestFilesError";
}

export interface DigestServiceOptions {
  store: DigestStore;
  library: LibraryStore;
  adapters: readonly ChatAdapter[];
  /** The briefings folder, where digest files live. */
  briefingsDir: string;
  catchUpMs: number;
  defaultSchedule: string;
  defaultTimeZone: string;
  log: (line: string) => void;
}

export interface DigestService {
  /** For the `/digest` command. */
  commands: DigestCommandDeps;
  /** Stops the clock after the delivery in progress, then closes the ledger. */
  stop(): Promise<void>;
}

/**
 * Scheduled digests for a running bot: digest files synced into subscriptions (and re-read every minute, so an
 * edited file needs no restart), and the node-cron clock ticking the runner.
 */
export async function startDigestService(options: DigestServiceOptions): Promise<DigestService> {
  const { store, log } = options;
  let reported = "";
  const syncFiles = async (): Promise<void> => {
    const result = await syncDigestFiles(store, options.briefingsDir, new Date());
    // Say each problem once, not every minute; say when it is fixed.
    const problems = result.errors.join("\n");
    if (problems !== reported) log(problems === "" ? "digest files are valid again" : `digest file problems (those files keep their last good version):\n${problems}`);
    reported = problems;
  };
  // At start a broken file stops the bot, like a bad setting; while running, an edit that breaks a file is
  // reported and the file keeps its last good version, so a typo never silently ends a digest.
  const first = await syncDigestFiles(store, options.briefingsDir, new Date());
  if (first.errors.length > 0) {
    await store.close();
    throw new DigestFilesError(`invalid digest file${first.errors.length === 1 ? "" : "s"}:\n${first.errors.join("\n")}`);
  }
  const runner = new DigestRunner({ store, library: options.library, outlets: new DigestOutlets(options.adapters), catchUpMs: options.catchUpMs, log });
  const clock = startDigestClock(
    {
      tick: async () => {
        await syncFiles().catch((error: unknown) => log(`digest files could not be read: ${error instanceof Error ? error.message : String(error)}`));
        return runner.tick();
      },
    },
    log,
  );
  return {
    commands: { store, defaultSchedule: options.defaultSchedule, defaultTimeZone: options.defaultTimeZone },
    async stop() {
      await clock.stop();
      await store.close();
    },
  };
}
