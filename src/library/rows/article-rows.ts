import type { SourceRef } from "../../articles/article.js";
import { sourceOfArticle } from "../source-of-article.js";
import type { StoredArticle, Story } from "../store.js";

// How an article and its story are laid out in rows, shared by the SQLite and PostgreSQL stores: both keep
// the same columns under the same names, so the mapping lives once and the two stores cannot drift apart
// in what getArticle and getStory return. Only the SQL that fetches the rows is per dialect.

/** The columns ArticleRow is read from, `a` the articles table and `s` its story (same text in both dialects). */
export const ARTICLE_ROW_COLUMNS = `a.id, a.content_hash, a.url, a.guid, a.source_id, a.source_json, a.byline, a.truncated,
  a.headline, a.lead, a.body, a.published, a.fetched_at, s.id AS story_id`;

export interface ArticleRow {
  id: string;
  content_hash: string;
  url: string | null;
  guid: string | null;
  source_id: string;
  source_json: string | null;
  byline: string | null;
  /** PostgreSQL BOOLEAN, or SQLite INTEGER 0/1 (SQLite has no boolean type). */
  truncated: boolean | number;
  headline: string;
  lead: string;
  body: string;
  published: string;
  fetched_at: string;
  story_id: string;
}

/** The story's own columns that getStory returns (its articles come from ArticleRows). */
export interface StoryRow {
  id: string;
  headline: string;
  updated: string;
}

// NULL columns map to absent optional fields, never to `undefined` values or empty strings.
export function toStoredArticle(row: ArticleRow): StoredArticle {
  const article: StoredArticle = {
    id: row.id,
    title: row.headline,
    paragraphs: paragraphsOf(row.lead, row.body),
    sourceId: row.source_id,
    published: row.published,
    fetchedAt: row.fetched_at,
    contentHash: row.content_hash,
    storyId: row.story_id,
  };
  if (row.source_json !== null) article.source = JSON.parse(row.source_json) as SourceRef;
  if (row.byline !== null) article.byline = row.byline;
  if (row.truncated === true || row.truncated === 1) article.truncated = true;
  if (row.url !== null) article.url = row.url;
  if (row.guid !== null) article.guid = row.guid;
  return article;
}

/** A story with its articles (in the order given: oldest first) and its sources (one per publisher, in order of first article). */
export function toStory(row: StoryRow, articles: StoredArticle[]): Story {
  const sources = new Map<string, SourceRef>();
  for (const article of articles) {
    const source = sourceOfArticle(article);
    const key = source.name.trim().toLowerCase();
    if (!sources.has(key)) sources.set(key, source);
  }
  return { id: row.id, headline: row.headline, articles, sources: [...sources.values()], updated: row.updated };
}

/** How paragraphs are stored: the first as the lead, the others joined by newlines as the body. */
export function leadAndBody(paragraphs: readonly string[]): { lead: string; body: string } {
  const [lead = "", ...rest] = paragraphs;
  return { lead, body: rest.join("\n") };
}

/** The inverse of leadAndBody (normalised paragraphs are single lines, so the newline split is exact). */
function paragraphsOf(lead: string, body: string): string[] {
  if (body === "") return lead === "" ? [] : [lead];
  return [lead, ...body.split("\n")];
}
