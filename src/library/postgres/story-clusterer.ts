import type pg from "pg";
import { chooseStory, STORY_WINDOW_DAYS, type StoryMatch } from "../stories/choose-story.js";
import { decodeKeys } from "../stories/stored-keys.js";
import type { StoryFeatures } from "../stories/story-features.js";
import { dayOf, MAX_ARTICLES_PER_DAY, StoryWindow, type WindowArticle } from "../stories/story-window.js";
import { DayCache } from "./day-cache.js";

/** How many candidate articles the similarity check looks at (the best by shared key weight), as in SQLite. */
const CANDIDATE_LIMIT = 8;
const DAY_MS = 86_400_000;
const DAY_ARTICLES = `
  SELECT a.seq, a.story AS "storyRef", s.started_ms AS "storyStartMs", a.story_keys AS keys, a.key_weight AS weight,
         a.sketch, a.published_ms AS "publishedMs"
  FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.published_ms >= $1 AND a.published_ms < $2 ORDER BY a.seq DESC LIMIT $3`;

type DayRow = { seq: string; storyRef: string; storyStartMs: string; keys: string; weight: number; sketch: string; publishedMs: string };

/**
 * Story clustering for the PostgreSQL store: the shared StoryWindow and chooseStory (src/library/stories),
 * fed from a DayCache that is filled asynchronously before each decision. Only correct while the caller holds
 * the clustering lock and has cleared it after any other process's insert (see put-articles.ts).
 */
export class StoryClusterer {
  readonly #cache = new DayCache(MAX_ARTICLES_PER_DAY);
  readonly #window = new StoryWindow((day, limit) => this.#cache.read(day, limit));

  /** The story a new article joins, or undefined to start one. Reads through `client` (the inserting transaction). */
  async choose(client: pg.PoolClient, features: StoryFeatures, publishedMs: number): Promise<StoryMatch | undefined> {
    const center = dayOf(publishedMs);
    const days: number[] = [];
    for (let day = center - STORY_WINDOW_DAYS; day <= center + STORY_WINDOW_DAYS; day++) days.push(day);
    await this.#cache.ensure(days, (day, limit) => loadStoryDay(client, day, limit));
    return chooseStory(features, publishedMs, this.#window.candidates(features, publishedMs, STORY_WINDOW_DAYS, CANDIDATE_LIMIT));
  }

  /** Records a just-stored article; `movedStart` when it made its story begin earlier. */
  add(article: WindowArticle, movedStart: boolean): void {
    if (movedStart) this.#cache.moveStoryStart(article.storyRef, article.storyStartMs);
    this.#cache.add(article);
    this.#window.add(article, movedStart);
  }

  /** Forgets everything: another process inserted, or a transaction that added articles rolled back. */
  clear(): void {
    this.#cache.clear();
    this.#window.clear();
  }
}

/** The clustering view of the articles published on one UTC day, the `limit` most recently stored. */
async function loadStoryDay(client: pg.PoolClient, day: number, limit: number): Promise<WindowArticle[]> {
  const { rows } = await client.query<DayRow>(DAY_ARTICLES, [day * DAY_MS, (day + 1) * DAY_MS, limit]);
  // BIGINT comes back as a string (pg cannot know it fits a double); epoch milliseconds and row numbers do.
  return rows.map((row) => ({
    seq: Number(row.seq),
    storyRef: Number(row.storyRef),
    storyStartMs: Number(row.storyStartMs),
    keys: decodeKeys(row.keys),
    weight: row.weight,
    sketch: row.sketch,
    publishedMs: Number(row.publishedMs),
  }));
}
