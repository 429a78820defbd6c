import type { SearchOptions } from "../store.js";
import type { QueryTerm } from "./query-terms.js";
import type { ArticleHit } from "./rank-stories.js";

// The search policy both stores follow around their own full-text SQL (ADR 010, ADR 013): which queries run
// and in what order is decided here, so SQLite and PostgreSQL cannot drift apart in what they look at. Each
// store keeps the I/O (SQLite synchronously, PostgreSQL asynchronously) and calls these between queries.

/** Article hits fetched per query before grouping by story: enough for the default 5 stories several times over. */
export const ARTICLE_HITS = 40;
/**
 * Search ranks the most recently stored articles first and goes further back only when they match fewer
 * stories than asked for: text ranking (bm25, ts_rank) reads every matching row, and a common word matches
 * tens of thousands in a big library. Recency is part of the ranking anyway (rank-stories.ts); about a
 * month of a busy library.
 */
export const RECENT_ROWS = 25_000;

/** An article hit before it is known whether it matched every term. */
export type TermHit = Omit<ArticleHit, "allTerms">;

/** The number of stories to return, from the caller's options (default 5). Below 1: search nothing. */
export function storyLimit(options: SearchOptions): number {
  return Math.floor(options.limit ?? 5);
}

/** True when there is nothing to search for: no words in the query, or no stories asked for. */
export function isEmptySearch(terms: readonly QueryTerm[], limit: number): boolean {
  return terms.length === 0 || !(limit >= 1);
}

/** True when the newest RECENT_ROWS articles held too few stories and older rows exist: search them all. */
export function needsOlderRows(newestSeq: number, hits: readonly TermHit[], limit: number): boolean {
  return newestSeq > RECENT_ROWS && storyCount(hits) < limit;
}

/**
 * True when the any-term query must run after the all-terms one: only when the all-terms hits cover fewer
 * than `limit` stories (its hits rank lower: they would rarely make the list anyway, and on common words
 * it is the costly query).
 */
export function needsAnyTermQuery(terms: readonly QueryTerm[], allTermHits: readonly TermHit[], limit: number): boolean {
  return terms.length > 1 && storyCount(allTermHits) < limit;
}

/**
 * The all-terms hits, then the any-term hits that are not among them. All-terms hits are kept even when
 * partial matches crowd them out of the any-term top rows; both queries score with the same terms, so
 * their relevance values compare.
 */
export function markTermHits(allTermHits: readonly TermHit[], anyTermHits: readonly TermHit[] = []): ArticleHit[] {
  const hits: ArticleHit[] = allTermHits.map((row) => ({ ...row, allTerms: true }));
  const complete = new Set(allTermHits.map((row) => row.articleId));
  for (const row of anyTermHits) {
    if (!complete.has(row.articleId)) hits.push({ ...row, allTerms: false });
  }
  return hits;
}

function storyCount(hits: ReadonlyArray<{ storyId: string }>): number {
  return new Set(hits.map((hit) => hit.storyId)).size;
}
