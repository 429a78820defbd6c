import type pg from "pg";
import type { SourceRef } from "../../articles/article.js";
import { sourceOfArticle } from "../source-of-article.js";
import type { StoredArticle, Story } from "../store.js";

interface ArticleRow {
  id: string;
  content_hash: string;
  url: string | null;
  guid: string | null;
  source_id: string;
  source_json: string | null;
  byline: string | null;
  truncated: boolean;
  headline: string;
  lead: string;
  body: string;
  published: string;
  fetched_at: string;
  story_id: string;
}

const ARTICLE_COLUMNS = `a.id, a.content_hash, a.url, a.guid, a.source_id, a.source_json, a.byline, a.truncated,
  a.headline, a.lead, a.body, a.published, a.fetched_at, s.id AS story_id`;
const ARTICLE_BY_ID = `SELECT ${ARTICLE_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story WHERE a.id = $1`;
const STORY_BY_ID = "SELECT seq, id, headline, updated FROM stories WHERE id = $1";
const STORY_ARTICLES = `SELECT ${ARTICLE_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.story = $1 ORDER BY a.published_ms, a.seq`;

export async function readArticle(db: pg.Pool, id: string): Promise<StoredArticle | undefined> {
  const { rows } = await db.query<ArticleRow>(ARTICLE_BY_ID, [id]);
  return rows[0] === undefined ? undefined : toStoredArticle(rows[0]);
}

/** A story with all its articles (oldest first) and its sources (one per publisher, in order of first article). */
export async function readStory(db: pg.Pool, id: string): Promise<Story | undefined> {
  const found = await db.query<{ seq: string; id: string; headline: string; updated: string }>(STORY_BY_ID, [id]);
  const story = found.rows[0];
  if (story === undefined) return undefined;
  const articles = (await db.query<ArticleRow>(STORY_ARTICLES, [story.seq])).rows.map(toStoredArticle);
  const sources = new Map<string, SourceRef>();
  for (const article of articles) {
    const source = sourceOfArticle(article);
    const key = source.name.trim().toLowerCase();
    if (!sources.has(key)) sources.set(key, source);
  }
  return { id: story.id, headline: story.headline, articles, sources: [...sources.values()], updated: story.updated };
}

// NULL columns map to absent optional fields, never to `undefined` values or empty strings (as in SQLite).
function toStoredArticle(row: ArticleRow): StoredArticle {
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
  if (row.truncated) article.truncated = true;
  if (row.url !== null) article.url = row.url;
  if (row.guid !== null) article.guid = row.guid;
  return article;
}

/** The lead is the first paragraph, the body the others joined by newlines (normalised paragraphs are single lines). */
function paragraphsOf(lead: string, body: string): string[] {
  if (body === "") return lead === "" ? [] : [lead];
  return [lead, ...body.split("\n")];
}
