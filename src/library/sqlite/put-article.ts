import type Database from "better-sqlite3";
import { leadAndBody } from "../rows/article-rows.js";
import { dedupeKeys, publicationTime, sourceKeyOf } from "../rows/new-article-fields.js";
import type { NewArticle, PutResult } from "../store.js";
import { chooseStory, STORY_WINDOW_DAYS } from "../stories/choose-story.js";
import { encodeKeys } from "../stories/stored-keys.js";
import { storyFeatures } from "../stories/story-features.js";
import type { StoryWindow } from "../stories/story-window.js";
import { statement } from "./statement-cache.js";

/** How many candidate articles the similarity check looks at (the best by shared key weight). */
const CANDIDATE_LIMIT = 8;

const FIND_EXISTING = `
  SELECT a.id AS articleId, s.id AS storyId FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.content_hash = ? OR a.url = ? OR a.id = ? LIMIT 1`;
const INSERT_STORY = "INSERT INTO stories (id, headline, updated, updated_ms, started_ms) VALUES (?, ?, ?, ?, ?)";
const SOURCE_IN_STORY = "SELECT 1 FROM articles WHERE story = ? AND source_key = ? LIMIT 1";
const INSERT_ARTICLE = `
  INSERT INTO articles (id, content_hash, url, guid, source_id, source_key, source_json, byline, truncated,
    headline, lead, body, published, published_ms, fetched_at, story, sketch, story_keys, key_weight)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INDEX_TEXT = "INSERT INTO articles_fts (rowid, headline, lead, body) VALUES (?, ?, ?, ?)";
const UPDATE_STORY = `
  UPDATE stories SET
    article_count = article_count + 1,
    source_count = source_count + ?,
    headline = CASE WHEN headline = '' THEN ? ELSE headline END,
    updated = CASE WHEN ? > updated_ms THEN ? ELSE updated END,
    updated_ms = max(updated_ms, ?),
    started_ms = min(started_ms, ?)
  WHERE seq = ?`;

/**
 * Stores one article unless it is already there (same content hash, canonical URL or id), attaching it to
 * the story it belongs to or starting a new one. Synchronous: the caller owns the transaction.
 */
export function putArticleSync(db: Database.Database, window: StoryWindow, input: NewArticle, now: Date): PutResult {
  const { article } = input;
  const { hash, id, url } = dedupeKeys(input);
  const existing = statement(db, FIND_EXISTING).get(hash, url, id) as { articleId: string; storyId: string } | undefined;
  if (existing !== undefined) return { ...existing, isNew: false };

  const { publishedMs, published } = publicationTime(input, now);
  const features = storyFeatures(article.title, article.paragraphs);
  const match = chooseStory(features, publishedMs, window.candidates(features, publishedMs, STORY_WINDOW_DAYS, CANDIDATE_LIMIT));

  let storySeq: number;
  let storyId: string;
  const sourceKey = sourceKeyOf(input);
  let newSource = 1;
  let storyStartMs = publishedMs;
  if (match === undefined) {
    storyId = `s-${id}`;
    storySeq = Number(statement(db, INSERT_STORY).run(storyId, article.title, published, publishedMs, publishedMs).lastInsertRowid);
  } else {
    storySeq = match.storyRef;
    storyStartMs = Math.min(publishedMs, match.storyStartMs);
    storyId = (statement(db, "SELECT id FROM stories WHERE seq = ?").get(storySeq) as { id: string }).id;
    if (statement(db, SOURCE_IN_STORY).get(storySeq, sourceKey) !== undefined) newSource = 0;
  }

  const { lead, body } = leadAndBody(article.paragraphs);
  const seq = Number(
    statement(db, INSERT_ARTICLE).run(
      id, hash, url, input.guid ?? null, input.sourceId, sourceKey,
      article.source === undefined ? null : JSON.stringify(article.source),
      article.byline ?? null, article.truncated === true ? 1 : 0,
      article.title, lead, body, published, publishedMs, now.toISOString(), storySeq, features.sketch, encodeKeys(features.keys), features.weight,
    ).lastInsertRowid,
  );
  statement(db, INDEX_TEXT).run(seq, article.title, lead, body);
  const movedStart = match !== undefined && publishedMs < match.storyStartMs;
  window.add({ seq, storyRef: storySeq, storyStartMs, keys: features.keys, weight: features.weight, sketch: features.sketch, publishedMs }, movedStart);
  statement(db, UPDATE_STORY).run(newSource, article.title, publishedMs, published, publishedMs, publishedMs, storySeq);
  return { articleId: id, storyId, isNew: true };
}
