import type Database from "better-sqlite3";
import type { SourceRef } from "../../articles/article.js";
import type { StoredArticle, Story } from "../store.js";
import { sourceOfArticle } from "../source-of-article.js";
import { statement } from "./statement-cache.js";

interface ArticleRow {
  id: string;
  content_hash: string;
  url: string | null;
  guid: string | null;
  source_id: string;
  source_json: string | null;
  byline: string | null;
  truncated: number;
  headline: string;
  lead: string;
  body: string;
  published: string;
  fetched_at: string;
  story_id: string;
}

interface StoryRow {
  seq: number;
  id: string;
  headline: string;
  updated: string;
}

const ARTICLE_COLUMNS = `a.id, a.content_hash, a.url, a.guid, a.source_id, a.source_json, a.byline, a.truncated,
  a.headline, a.lead, a.body, a.published, a.fetched_at, s.id AS story_id`;
const ARTICLE_BY_ID = `SELECT ${ARTICLE_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story WHERE a.id = ?`;
const STORY_BY_ID = "SELECT seq, id, headline, updated FROM stories WHERE id = ?";
const STORY_ARTICLES = `SELECT ${ARTICLE_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.story = ? ORDER BY a.published_ms, a.seq`;

export function readArticle(db: Database.Database, id: string): StoredArticle | undefined {
  const row = statement(db, ARTICLE_BY_ID).get(id) as ArticleRow | undefined;
  return row === undefined ? undefined : toStoredArticle(row);
}

/** A story with all its articles (oldest first) and its sources (one per publisher, in order of first article). */
export function readStory(db: Database.Database, id: string): Story | undefined {
  const story = statement(db, STORY_BY_ID).get(id) as StoryRow | undefined;
  if (story === undefined) return undefined;
  const articles = (statement(db, STORY_ARTICLES).all(story.seq) as ArticleRow[]).map(toStoredArticle);
  const sources = new Map<string, SourceRef>();
  for (const article of articles) {
    const source = sourceOfArticle(article);
    const key = source.name.trim().toLowerCase();
    if (!sources.has(key)) sources.set(key, source);
  }
  return { id: story.id, headline: story.headline, articles, sources: [...sources.values()], updated: story.updated };
}

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
  if (row.truncated === 1) article.truncated = true;
  if (row.url !== null) article.url = row.url;
  if (row.guid !== null) article.guid = row.guid;
  return article;
}

/** The lead is the first paragraph, the body the others joined by newlines (normalised paragraphs are single lines). */
function paragraphsOf(lead: string, body: string): string[] {
  if (body === "") return lead === "" ? [] : [lead];
  return [lead, ...body.split("\n")];
}
