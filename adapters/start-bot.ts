import { fetchArticle } from "../src/articles/fetch-article.js";
import type { ChatAdapter } from "../src/chat/chat-adapter.js";
import type { CliIo } from "../src/cli/main.js";
import { createCommandHandler } from "../src/commands/handle-command.js";
import type { Config } from "../src/config.js";
import { DigestFilesError, startDigestService } from "../src/digests/digest-service.js";
import { openDigestStore } from "../src/digests/open-digest-store.js";
import { databasePath } from "../src/library/open-library.js";
import { openLibrary } from "../src/library/open-library.js";
import { FeedPoller } from "../src/sources/feeds/feed-poller.js";
import { FeedScheduler } from "../src/sources/feeds/feed-scheduler.js";
import { watchFolder } from "../src/sources/folder/folder-watcher.js";
import { createConsoleAdapter } from "./console/index.js";
import { configuredPlatforms } from "./platforms.js";

/**
 * Runs the bot: the library (database, briefings folder, feeds), the command handler, and every chat platform
 * whose credentials are configured; the terminal chat when none is. Stops cleanly on SIGINT/SIGTERM, or when
 * the terminal chat ends.
 */
export async function startBot(config: Config, io: CliIo): Promise<number> {
  const log = (line: string) => io.stderr.write(`newsbrief: ${line}\n`);
  const library = await openLibrary(config);
  const folderWatch = watchFolder(library.folder, { onError: (error) => log(`briefings folder scan failed: ${String(error)}`) });
  const policy = config.fetchPolicy;
  const feeds = new FeedScheduler({
    feeds: config.feeds.map((url) => ({ url })),
    poller: new FeedPoller({ store: library.store, policy }),
    store: library.store,
    onPoll: (result) => result.outcome === "failed" && log(`feed ${result.url} failed: ${result.error ?? "unknown error"}`),
  });
  await feeds.start();

  const adapters: ChatAdapter[] = await configuredPlatforms(config);
  let done: Promise<unknown>;
  if (adapters.length === 0) {
    const articles = await library.store.countArticles();
    // Started outside a checkout (no briefings folder, no feeds), the library is empty: say how to fill it.
    const empty =
      articles === 0 && config.feeds.length === 0
        ? `\nThe library is empty: put article files (.txt, .md, .html) in ${config.briefingsDir}, or set NEWSBRIEF_FEEDS, or try /brief <URL>.`
        : "";
    const terminal = createConsoleAdapter({
      input: io.stdin,
      output: io.stdout,
      greeting: `newsbrief: no chat platform is configured, so this is the terminal chat (${articles} articles in the library).${empty}\nTry /brief afghanistan, then /quotes, /quotes qureshi or /quotes 4; /digest subscribe afghanistan hourly for a digest. /help lists everything, /quit leaves.`,
    });
    adapters.push(terminal);
    done = terminal.closed;
  } else {
    done =
      io.shutdown ??
      new Promise((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
  }

  let digests;
  try {
    digests = await startDigestService({
      store: await openDigestStore({ sqlitePath: databasePath(config), ...(config.databaseUrl === undefined ? {} : { databaseUrl: config.databaseUrl }) }),
      library: library.store,
      adapters,
      briefingsDir: config.briefingsDir,
      ...config.digests,
      log,
    });
  } catch (error) {
    await feeds.stop();
    await folderWatch.stop();
    await library.close();
    if (error instanceof DigestFilesError) {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const handler = createCommandHandler({
    store: library.store,
    fetchArticle: (url) => fetchArticle(url, policy),
    now: () => new Date(),
    digests: digests.commands,
  });
  const shutdown = async () => {
    await digests.stop();
    for (const adapter of adapters) await adapter.stop();
    await feeds.stop();
    await folderWatch.stop();
    await library.close();
  };
  for (const adapter of adapters) {
    try {
      await adapter.start(handler);
    } catch (error) {
      // A wrong token or an unreachable platform: one clear line and a clean exit, not a stack trace.
      log(`could not connect to ${adapter.platform}: ${reasonOf(error)}`);
      await shutdown();
      return 1;
    }
    if (adapter.platform !== "console") log(`${adapter.platform} connected`);
  }
  await done;
  await shutdown();
  return 0;
}

/** The error's message with its causes ("A request error occurred: fetch failed: getaddrinfo ENOTFOUND slack.com"). */
function reasonOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (!parts.some((part) => part.includes(e.message))) parts.push(e.message);
  }
  return parts.length > 0 ? parts.join(": ") : String(error);
}
