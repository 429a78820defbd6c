import { parseFeed, type AnyFeed } from "feedsmith";
import { decodeFeed } from "./decode-feed.js";
import type { FeedItem, ParsedFeed } from "./feed-item.js";
import { fromAtom, fromJsonFeed, fromRdf, fromRss } from "./map-items.js";

/** A body that is no feed we can read; the message is for the status page. */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
}

/** Items beyond this are ignored: a feed is a window on recent items, not an archive to import. */
export const MAX_FEED_ITEMS = 500;

/**
 * Parses RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed with feedsmith, which tolerates the broken
 * entities and sloppy markup of real feeds, into FeedItems with absolute links (relative ones are
 * resolved against the feed's URL). Items with neither a title nor any text are dropped.
 */
export function parseFeedBody(body: Uint8Array, contentType: string, feedUrl: string): ParsedFeed {
  const text = decodeFeed(body, contentType).trim();
  if (text === "") throw new FeedParseError("the feed is empty");
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text, { maxItems: MAX_FEED_ITEMS });
  } catch (error) {
    const detail = error instanceof Error && error.name !== "DetectError" ? ` (${error.message})` : "";
    throw new FeedParseError(`this is not an RSS, Atom, RDF or JSON feed${detail}`);
  }
  const mapped = mapFeed(parsed, feedUrl);
  const items: FeedItem[] = [];
  const guids = new Set<string>();
  for (const item of mapped.items) {
    // A GUID repeated inside one feed is a publishing mistake; the first occurrence is the item.
    if (item.title === "" && item.summary === undefined && item.contentHtml === undefined) continue;
    if (guids.has(item.guid)) continue;
    guids.add(item.guid);
    items.push(item);
  }
  return { format: parsed.format, title: mapped.title, items };
}

function mapFeed(parsed: AnyFeed, feedUrl: string): { title: string; items: FeedItem[] } {
  switch (parsed.format) {
    case "rss":
      return fromRss(parsed.feed, feedUrl);
    case "atom":
      return fromAtom(parsed.feed, feedUrl);
    case "rdf":
      return fromRdf(parsed.feed, feedUrl);
    case "json":
      return fromJsonFeed(parsed.feed, feedUrl);
  }
}
