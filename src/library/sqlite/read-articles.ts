import type Database from "better-sqlite3";
import { ARTICLE_ROW_COLUMNS, toStoredArticle, toStory, type ArticleRow, type StoryRow } from "../rows/article-rows.js";
import type { StoredArticle, Story } from "../store.js";
import { statement } from "./statement-cache.js";

const ARTICLE_BY_ID = `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story WHERE a.id = ?`;
const STORY_BY_ID = "SELECT seq, id, headline, updated FROM stories WHERE id = ?";
const STORY_ARTICLES = `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.story = ? ORDER BY a.published_ms, a.seq`;

export function readArticle(db: Database.Database, id: string): StoredArticle | undefined {
  const row = statement(db, ARTICLE_BY_ID).get(id) as ArticleRow | undefined;
  return row === undefined ? undefined : toStoredArticle(row);
}

/** A story with all its articles (oldest first) and its sources (one per publisher, in order of first article). */
export function readStory(db: Database.Database, id: string): Story | undefined {
  const story = statement(db, STORY_BY_ID).get(id) as (StoryRow & { seq: number }) | undefined;
  if (story === undefined) return undefined;
  const articles = (statement(db, STORY_ARTICLES).all(story.seq) as ArticleRow[]).map(toStoredArticle);
  return toStory(story, articles);
}
