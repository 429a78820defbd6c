import { stat } from "node:fs/promises";
import { fetchArticle } from "../articles/fetch-article.js";
import { ingestArticle } from "../articles/ingest.js";
import type { Config } from "../config.js";
import type { FetchPolicy } from "../fetch/fetch-policy.js";
import { safeFetch, type Fetcher, type FetchResult } from "../fetch/safe-fetch.js";
import { openLibrary } from "../library/open-library.js";
import type { LibraryStore } from "../library/store.js";
import { FeedPoller } from "../sources/feeds/feed-poller.js";
import { FeedParseError, parseFeedBody } from "../sources/feeds/parse-feed.js";
import { FolderSource } from "../sources/folder/folder-source.js";
import { describeError } from "./batch.js";
import type { CliIo } from "./main.js";
import { readInput } from "./read-input.js";

/** `newsbrief ingest <feed URL|page URL|folder|file>...`: adds to the library, reporting each input. */
export async function runIngest(inputs: string[], config: Config, io: CliIo): Promise<number> {
  const library = await openLibrary(config);
  let failed = 0;
  try {
    for (const input of inputs) {
      try {
        io.stdout.write(`${input}: ${await ingestOne(input, library.store, config, io)}\n`);
      } catch (error) {
        failed++;
        io.stderr.write(`newsbrief: ${input}: ${describeError(error)}\n`);
      }
    }
    io.stdout.write(`The library holds ${await library.store.countArticles()} articles.\n`);
  } finally {
    await library.close();
  }
  return failed > 0 ? 1 : 0;
}

async function ingestOne(input: string, store: LibraryStore, config: Config, io: CliIo): Promise<string> {
  if (/^https?:\/\//i.test(input)) return ingestUrl(input, store, config.fetchPolicy);
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) {
    const result = await new FolderSource({ folder: input, store }).scan(progressBar(io));
    const added = result.stored.filter((put) => put.isNew).length;
    const problems = result.problems.length > 0 ? `; ${result.problems.length} could not be read (see \`newsbrief sources\`)` : "";
    return `${result.files} files, ${added} new articles${problems}`;
  }
  const article = ingestArticle(await readInput(input, io.stdin, config.fetchPolicy));
  const put = await store.putArticle({ article, sourceId: "cli" });
  return put.isNew ? `stored “${article.title}”` : `already in the library (“${article.title}”)`;
}

/** A URL is a feed when it parses as one; otherwise it is one article page. */
async function ingestUrl(url: string, store: LibraryStore, policy: FetchPolicy): Promise<string> {
  const first = await safeFetch(url, { policy });
  try {
    parseFeedBody(first.body, first.contentType, first.url);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    const put = await store.putArticle({ article: await fetchArticle(url, policy), sourceId: "url", url });
    return put.isNew ? "stored the page as an article" : "the page is already in the library";
  }
  // Hand the poller the response we already have instead of fetching the feed twice.
  let replay: FetchResult | undefined = first;
  const fetcher: Fetcher = async (target, options) => {
    const cached = replay;
    replay = undefined;
    return cached && target === url ? cached : safeFetch(target, options);
  };
  const result = await new FeedPoller({ store, policy, fetcher }).poll({ url });
  if (result.outcome === "failed") throw new Error(result.error ?? "the feed could not be read");
  return `feed with ${result.items} items, ${result.stored.filter((put) => put.isNew).length} new articles`;
}

/** `newsbrief search <topic>`: the matching stories, best first. */
export async function runSearch(topic: string, config: Config, io: CliIo): Promise<number> {
  const library = await openLibrary(config);
  try {
    const hits = await library.store.search(topic, { limit: 10 });
    if (hits.length === 0) io.stdout.write(`No story about “${topic}”.\n`);
    hits.forEach((hit, i) => {
      const sources = `${hit.sourceCount} source${hit.sourceCount === 1 ? "" : "s"}`;
      io.stdout.write(`${i + 1}. ${hit.headline}  (${sources}, ${hit.updated.slice(0, 10)}, score ${hit.score.toFixed(2)}, ${hit.storyId})\n`);
    });
  } finally {
    await library.close();
  }
  return 0;
}

/** `newsbrief sources`: each source's status, so a failing one is seen rather than silently dropped. */
export async function runSources(config: Config, io: CliIo): Promise<number> {
  const library = await openLibrary(config);
  try {
    for (const source of await library.store.listSources()) {
      const ok = source.lastSuccess ? `last success ${source.lastSuccess}` : "never succeeded";
      const failing = source.consecutiveFailures > 0 ? `, FAILING ${source.consecutiveFailures}x: ${source.lastError ?? ""}` : "";
      const lastError = source.consecutiveFailures === 0 && source.lastError ? `, last error ${source.lastErrorAt ?? ""}: ${source.lastError}` : "";
      io.stdout.write(`${source.kind.padEnd(6)} ${source.sourceId}: ${source.articles} articles, ${ok}${failing}${lastError}\n`);
    }
  } finally {
    await library.close();
  }
  return 0;
}

/** A one-line progress bar on standard error for imports of many files; silent when stderr is not a terminal. */
function progressBar(io: CliIo): ((done: number, total: number) => void) | undefined {
  const stream = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
  if (!stream.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${percent}% ${done}/${total} files${done === total ? "\n" : ""}`);
  };
}
