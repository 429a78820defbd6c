import type Database from "better-sqlite3";
import { buildFts5Match } from "../search/fts5-match.js";
import { parseQueryTerms, type QueryTerm } from "../search/query-terms.js";
import { rankStories, type ArticleHit } from "../search/rank-stories.js";
import type { SearchOptions, StoryHit } from "../store.js";
import { statement } from "./statement-cache.js";

/** Article hits fetched per query before grouping by story: enough for the default 5 stories several times over. */
const ARTICLE_HITS = 40;
/**
 * Search looks at the most recently stored articles first and goes further back only when they match fewer
 * stories than asked for: bm25 must score every matching row, and a common word matches tens of thousands
 * in a big library. Recency is part of the ranking anyway (rank-stories.ts); about a month of a busy library.
 */
export const RECENT_ROWS = 25_000;

// bm25() with explicit weights (headline, lead, body) in ORDER BY lets SQLite keep a top-N heap over the
// rows in range; FTS5's own "ORDER BY rank" was 2-3x slower here and ignored the rowid range. Only the
// few rows returned are joined to their stories (through the articles_hit covering index).
const HITS_SQL = `
  SELECT a.id AS articleId, s.id AS storyId, s.headline AS storyHeadline, -m.score AS relevance,
         s.updated AS storyUpdated, s.updated_ms AS storyUpdatedMs, s.source_count AS storySourceCount
  FROM (
    SELECT rowid, bm25(articles_fts, 4.0, 2.0, 1.0) AS score FROM articles_fts
    WHERE articles_fts MATCH ? AND rowid > ? ORDER BY score LIMIT ?
  ) AS m
  JOIN articles AS a ON a.seq = m.rowid
  JOIN stories AS s ON s.seq = a.story
  ORDER BY m.score, a.seq`;
const RECENT_SQL = `
  SELECT id AS storyId, headline, 0 AS score, source_count AS sourceCount, updated
  FROM stories ORDER BY updated_ms DESC, seq DESC LIMIT ?`;
type HitRow = Omit<ArticleHit, "allTerms">;

/**
 * Topic search: the stories whose articles best match the query, ranked by relevance, recency and sources,
 * looking at the newest RECENT_ROWS articles first. A query without words returns no hits.
 */
export function searchStories(db: Database.Database, query: string, options: SearchOptions, now: Date): StoryHit[] {
  const terms = parseQueryTerms(query);
  const limit = Math.floor(options.limit ?? 5);
  if (terms.length === 0 || !(limit >= 1)) return [];
  const newest = (statement(db, "SELECT max(seq) AS seq FROM articles").get() as { seq: number | null }).seq ?? 0;
  let hits = findHits(db, terms, newest - RECENT_ROWS, limit);
  if (newest > RECENT_ROWS && storyCount(hits) < limit) hits = findHits(db, terms, 0, limit);
  return rankStories(hits, { now: options.now ?? now, limit });
}

/**
 * Hits among the rows after `afterSeq`: all-terms matches first; only when they cover fewer than `limit`
 * stories does the any-term query run (its hits rank lower: they would rarely make the list anyway, and on
 * common words it is the costly query).
 */
function findHits(db: Database.Database, terms: QueryTerm[], afterSeq: number, limit: number): ArticleHit[] {
  const all = fetchHits(db, buildFts5Match(terms, "all"), afterSeq);
  const hits: ArticleHit[] = all.map((row) => ({ ...row, allTerms: true }));
  if (terms.length === 1 || storyCount(all) >= limit) return hits;
  // Both queries have the same phrases, so their bm25 values compare; all-terms hits are kept even when
  // partial matches crowd them out of the any-term top rows.
  const complete = new Set(all.map((row) => row.articleId));
  for (const row of fetchHits(db, buildFts5Match(terms, "any"), afterSeq)) {
    if (!complete.has(row.articleId)) hits.push({ ...row, allTerms: false });
  }
  return hits;
}

/** The most recently updated stories, newest first (score 0: nothing was asked). */
export function recentStoryHits(db: Database.Database, limit: number): StoryHit[] {
  return statement(db, RECENT_SQL).all(Math.max(0, Math.floor(limit))) as StoryHit[];
}

function storyCount(hits: ReadonlyArray<{ storyId: string }>): number {
  return new Set(hits.map((hit) => hit.storyId)).size;
}

function fetchHits(db: Database.Database, match: string, afterSeq: number): HitRow[] {
  return statement(db, HITS_SQL).all(match, afterSeq, ARTICLE_HITS) as HitRow[];
}
