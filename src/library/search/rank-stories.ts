import type { StoryHit } from "../store.js";

/** One article that matched a search, with what ranking needs of its story. Store-neutral. */
export interface ArticleHit {
  articleId: string;
  storyId: string;
  storyHeadline: string;
  /** Text relevance, higher is better and > 0 (SQLite: -bm25; PostgreSQL: ts_rank of the any-term query, ADR 013). */
  relevance: number;
  /** True when every query term matched the article. */
  allTerms: boolean;
  /** The story's newest publication time (ISO) and the same in epoch milliseconds. */
  storyUpdated: string;
  storyUpdatedMs: number;
  storySourceCount: number;
}

export interface RankOptions {
  now: Date;
  limit: number;
}

const DAY_MS = 86_400_000;
/** An article missing some query terms keeps this share of its text relevance. */
export const PARTIAL_MATCH_FACTOR = 0.6;
/** Recency: a story loses half of its recency bonus every RECENCY_HALF_LIFE_DAYS; old stories keep RECENCY_FLOOR. */
export const RECENCY_HALF_LIFE_DAYS = 3;
export const RECENCY_FLOOR = 0.6;
/** Each doubling of the number of sources adds this much, up to SOURCE_BONUS_CAP (8 sources). */
export const SOURCE_BONUS_PER_DOUBLING = 0.08;
const SOURCE_BONUS_CAP = 3 * SOURCE_BONUS_PER_DOUBLING;

/**
 * Groups article hits by story and ranks the stories by a blend of text relevance (the story's best article,
 * relative to the best hit of the query), recency and source count. The blend is multiplicative so that
 * relevance dominates: an irrelevant fresh story can never beat a relevant one by recency alone by more
 * than the recency range (1 / RECENCY_FLOOR). Pure and deterministic (ties: newer, then story id).
 */
export function rankStories(hits: readonly ArticleHit[], options: RankOptions): StoryHit[] {
  let best = 0;
  for (const hit of hits) best = Math.max(best, hit.relevance);
  if (best <= 0) return [];
  const stories = new Map<string, { hit: ArticleHit; text: number }>();
  for (const hit of hits) {
    const text = (hit.relevance / best) * (hit.allTerms ? 1 : PARTIAL_MATCH_FACTOR);
    const known = stories.get(hit.storyId);
    if (known === undefined || text > known.text) stories.set(hit.storyId, { hit, text });
  }
  const nowMs = options.now.getTime();
  const ranked = [...stories.values()].map(({ hit, text }) => ({
    hit,
    score: text * recencyFactor(nowMs - hit.storyUpdatedMs) * sourceFactor(hit.storySourceCount),
  }));
  ranked.sort((a, b) => b.score - a.score || b.hit.storyUpdatedMs - a.hit.storyUpdatedMs || compare(a.hit.storyId, b.hit.storyId));
  return ranked.slice(0, options.limit).map(({ hit, score }) => ({
    storyId: hit.storyId,
    headline: hit.storyHeadline,
    score: Math.round(score * 1e6) / 1e6,
    sourceCount: hit.storySourceCount,
    updated: hit.storyUpdated,
    articleId: hit.articleId,
  }));
}

/** 1 for a story updated now, decaying to RECENCY_FLOOR; future dates (clock skew) count as now. */
export function recencyFactor(ageMs: number): number {
  const ageDays = Math.max(0, ageMs) / DAY_MS;
  return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * Math.pow(2, -ageDays / RECENCY_HALF_LIFE_DAYS);
}

/** More independent sources, more weight, with diminishing returns. */
export function sourceFactor(sourceCount: number): number {
  return 1 + Math.min(SOURCE_BONUS_CAP, SOURCE_BONUS_PER_DOUBLING * Math.log2(Math.max(1, sourceCount)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
