import { canonicalUrl } from "../canonical-url.js";
import { contentHash } from "../content-hash.js";
import type { NewArticle } from "../store.js";

// What both stores derive from a NewArticle before they store it. The rules must be the same in both, or the
// same input would dedupe, date or count its sources differently depending on the database.

/** What makes an article the same as a stored one: its content hash, its canonical URL, its id. */
export interface DedupeKeys {
  hash: string;
  /** The article's id, or the first 16 hex digits of its content hash when it came without one. */
  id: string;
  url: string | null;
}

export function dedupeKeys(input: NewArticle): DedupeKeys {
  const hash = contentHash(input.article);
  return { hash, id: input.article.id !== "" ? input.article.id : hash.slice(0, 16), url: canonicalUrl(input.url ?? input.article.source?.url) ?? null };
}

/** The publisher an article counts for in its story's source count (the same key getStory groups sources by). */
export function sourceKeyOf(input: NewArticle): string {
  return (input.article.source?.name ?? input.sourceId).trim().toLowerCase();
}

/** When the article was published (given, else the source's date, else `now`), in epoch ms and as ISO text. */
export function publicationTime(input: NewArticle, now: Date): { publishedMs: number; published: string } {
  const publishedMs = parseTime(input.published ?? input.article.source?.published) ?? now.getTime();
  return { publishedMs, published: new Date(publishedMs).toISOString() };
}

/** Epoch milliseconds of an ISO (or RFC 2822) date, undefined when absent or unparseable. */
function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
