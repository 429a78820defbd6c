import type Database from "better-sqlite3";
import { decodeKeys } from "../stories/stored-keys.js";
import type { WindowArticle } from "../stories/story-window.js";
import { statement } from "./statement-cache.js";

const DAY_MS = 86_400_000;
const DAY_ARTICLES = `
  SELECT a.seq, a.story AS storyRef, s.started_ms AS storyStartMs, a.story_keys AS keys, a.key_weight AS weight,
         a.sketch, a.published_ms AS publishedMs
  FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.published_ms >= ? AND a.published_ms < ? ORDER BY a.seq DESC LIMIT ?`;

/** The clustering view of the articles published on one UTC day, the `limit` most recently stored. */
export function loadStoryDay(db: Database.Database, day: number, limit: number): WindowArticle[] {
  const rows = statement(db, DAY_ARTICLES).all(day * DAY_MS, (day + 1) * DAY_MS, limit) as Array<Omit<WindowArticle, "keys"> & { keys: string }>;
  return rows.map((row) => ({ ...row, keys: decodeKeys(row.keys) }));
}
