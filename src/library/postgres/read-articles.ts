import type pg from "pg";
import { ARTICLE_ROW_COLUMNS, toStoredArticle, toStory, type ArticleRow, type StoryRow } from "../rows/article-rows.js";
import type { StoredArticle, Story } from "../store.js";

const ARTICLE_BY_ID = `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story WHERE a.id = $1`;
const STORY_BY_ID = "SELECT seq, id, headline, updated FROM stories WHERE id = $1";
const STORY_ARTICLES = `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.story = $1 ORDER BY a.published_ms, a.seq`;

export async function readArticle(db: pg.Pool, id: string): Promise<StoredArticle | undefined> {
  const { rows } = await db.query<ArticleRow>(ARTICLE_BY_ID, [id]);
  return rows[0] === undefined ? undefined : toStoredArticle(rows[0]);
}

/** A story with all its articles (oldest first) and its sources (one per publisher, in order of first article). */
export async function readStory(db: pg.Pool, id: string): Promise<Story | undefined> {
  // seq is a BIGINT, which pg returns as text; it only goes back into the next query.
  const found = await db.query<StoryRow & { seq: string }>(STORY_BY_ID, [id]);
  const story = found.rows[0];
  if (story === undefined) return undefined;
  const articles = (await db.query<ArticleRow>(STORY_ARTICLES, [story.seq])).rows.map(toStoredArticle);
  return toStory(story, articles);
}
