import type Database from "better-sqlite3";
import { buildFts5Match } from "../search/fts5-match.js";
import { parseQueryTerms, type QueryTerm } from "../search/query-terms.js";
import { rankStories, type ArticleHit } from "../search/rank-stories.js";
import { ARTICLE_HITS, isEmptySearch, markTermHits, needsAnyTermQuery, needsOlderRows, RECENT_ROWS, storyLimit, type TermHit } from "../search/search-policy.js";
import type { SearchOptions, StoryHit } from "../store.js";
import { statement } from "./statement-cache.js";

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

/**
 * Topic search: the stories whose articles best match the query, ranked by relevance, recency and sources,
 * looking at the newest RECENT_ROWS articles first. A query without words returns no hits.
 */
export function searchStories(db: Database.Database, query: string, options: SearchOptions, now: Date): StoryHit[] {
  const terms = parseQueryTerms(query);
  const limit = storyLimit(options);
  if (isEmptySearch(terms, limit)) return [];
  const newest = (statement(db, "SELECT max(seq) AS seq FROM articles").get() as { seq: number | null }).seq ?? 0;
  let hits = findHits(db, terms, newest - RECENT_ROWS, limit);
  if (needsOlderRows(newest, hits, limit)) hits = findHits(db, terms, 0, limit);
  return rankStories(hits, { now: options.now ?? now, limit });
}

/** Hits among the rows after `afterSeq`: all-terms matches first, the any-term query only when needed (search-policy.ts). */
function findHits(db: Database.Database, terms: QueryTerm[], afterSeq: number, limit: number): ArticleHit[] {
  const all = fetchHits(db, buildFts5Match(terms, "all"), afterSeq);
  if (!needsAnyTermQuery(terms, all, limit)) return markTermHits(all);
  // Both queries have the same phrases, so their bm25 values compare.
  return markTermHits(all, fetchHits(db, buildFts5Match(terms, "any"), afterSeq));
}

/** The most recently updated stories, newest first (score 0: nothing was asked). */
export function recentStoryHits(db: Database.Database, limit: number): StoryHit[] {
  return statement(db, RECENT_SQL).all(Math.max(0, Math.floor(limit))) as StoryHit[];
}

function fetchHits(db: Database.Database, match: string, afterSeq: number): TermHit[] {
  return statement(db, HITS_SQL).all(match, afterSeq, ARTICLE_HITS) as TermHit[];
}
