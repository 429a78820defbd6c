import type pg from "pg";
import type { MatchMode } from "../search/fts5-match.js";
import { parseQueryTerms, type QueryTerm } from "../search/query-terms.js";
import { rankStories, type ArticleHit } from "../search/rank-stories.js";
import { ARTICLE_HITS, isEmptySearch, markTermHits, needsAnyTermQuery, needsOlderRows, RECENT_ROWS, storyLimit, type TermHit } from "../search/search-policy.js";
import type { SearchOptions, StoryHit } from "../store.js";
import { buildTsQuery } from "./search-text.js";

// Matching uses the mode's tsquery ($1: all terms or any); relevance always the any-term one ($2) with
// ts_rank, which averages a score per query term: like bm25's sum, an article matching more terms scores
// higher. ts_rank_cd was tried first: it scores the span covering all terms, so an article with both words
// a paragraph apart scored below one with a single word (and missed the all-terms-first contract test).
// Weights for {D, C, B, A} = {unused, body, lead, headline} = {0.1, 0.6, 0.8, 1}: what one occurrence weighs
// in the SQLite store's bm25 with column weights 4:2:1 once its term-frequency saturation (k1 = 1.2) applies,
// 0.77 : 0.63 : 0.45. The plain 1 : 0.5 : 0.25 let one headline word outrank two body words; on 300 synthetic
// topic queries the saturated weights agreed with SQLite's top story 79% of the time (linear: 73%); ts_rank
// has no IDF, one likely source of the rest. Normalisation 1 divides by 1 + log(length), so a long
// article mentioning a word in passing does not outrank a short one about it (bm25's length term).
// Both tsquery texts are parameters built from sanitised terms (search-text.ts).
const HITS_SQL = `
  SELECT a.id AS "articleId", s.id AS "storyId", s.headline AS "storyHeadline", m.relevance,
         s.updated AS "storyUpdated", s.updated_ms AS "storyUpdatedMs", s.source_count AS "storySourceCount"
  FROM (
    SELECT seq, story, id, ts_rank('{0.1, 0.6, 0.8, 1.0}', search, to_tsquery('simple', $2), 1) AS relevance
    FROM articles WHERE search @@ to_tsquery('simple', $1) AND seq > $3
    ORDER BY relevance DESC, seq LIMIT $4
  ) AS m
  JOIN articles AS a ON a.seq = m.seq
  JOIN stories AS s ON s.seq = m.story
  ORDER BY m.relevance DESC, m.seq`;
const RECENT_SQL = `
  SELECT id AS "storyId", headline, 0 AS score, source_count AS "sourceCount", updated
  FROM stories ORDER BY updated_ms DESC, seq DESC LIMIT $1`;

// updated_ms is a BIGINT, which pg returns as text.
type HitRow = Omit<TermHit, "storyUpdatedMs"> & { storyUpdatedMs: string };

/**
 * Topic search: the stories whose articles best match the query, ranked by relevance, recency and sources
 * with the same rankStories as the SQLite store, looking at the newest RECENT_ROWS articles first.
 */
export async function searchStories(db: pg.Pool, query: string, options: SearchOptions, now: Date): Promise<StoryHit[]> {
  const terms = parseQueryTerms(query);
  const limit = storyLimit(options);
  if (isEmptySearch(terms, limit)) return [];
  const { rows } = await db.query<{ seq: string | null }>("SELECT max(seq) AS seq FROM articles");
  const newest = Number(rows[0]?.seq ?? 0);
  let hits = await findHits(db, terms, newest - RECENT_ROWS, limit);
  if (needsOlderRows(newest, hits, limit)) hits = await findHits(db, terms, 0, limit);
  return rankStories(hits, { now: options.now ?? now, limit });
}

/** All-terms matches first; the any-term query only when they cover fewer than `limit` stories (as in SQLite). */
async function findHits(db: pg.Pool, terms: QueryTerm[], afterSeq: number, limit: number): Promise<ArticleHit[]> {
  const all = await fetchHits(db, terms, "all", afterSeq);
  if (!needsAnyTermQuery(terms, all, limit)) return markTermHits(all);
  return markTermHits(all, await fetchHits(db, terms, "any", afterSeq));
}

/** The most recently updated stories, newest first (score 0: nothing was asked). */
export async function recentStoryHits(db: pg.Pool, limit: number): Promise<StoryHit[]> {
  const { rows } = await db.query<StoryHit>(RECENT_SQL, [Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0]);
  return rows;
}

async function fetchHits(db: pg.Pool, terms: QueryTerm[], mode: MatchMode, afterSeq: number): Promise<TermHit[]> {
  const match = buildTsQuery(terms, mode);
  if (match === "") return [];
  const { rows } = await db.query<HitRow>(HITS_SQL, [match, buildTsQuery(terms, "any"), afterSeq, ARTICLE_HITS]);
  return rows.map((row) => ({ ...row, storyUpdatedMs: Number(row.storyUpdatedMs) }));
}
