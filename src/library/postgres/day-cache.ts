import { dayOf, type WindowArticle } from "../stories/story-window.js";

/** Days kept: the 7 of a clustering window plus a few, so articles arriving a day or two apart reuse loads. */
const MAX_DAYS = 10;

/**
 * The stored articles of recent publication days, as StoryWindow loads them. StoryWindow loads synchronously
 * (SQLite is synchronous) while PostgreSQL answers asynchronously, so the days a clustering decision needs are
 * fetched here first (`ensure`) and StoryWindow's loader then reads them from memory (`read`). Kept in step
 * with inserts, so a read equals a fresh load from the database as long as no other process writes (the
 * store clears it when one did).
 */
export class DayCache {
  /** Per day, the articles in storage order (ascending seq); most recently used day last. */
  readonly #days = new Map<number, WindowArticle[]>();
  readonly #limit: number;

  /** `limit`: articles kept per day, the most recently stored (StoryWindow's own per-day bound). */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Makes sure the given days are in memory, loading the missing ones; they become the most recently used. */
  async ensure(days: readonly number[], load: (day: number, limit: number) => Promise<WindowArticle[]>): Promise<void> {
    for (const day of days) {
      let articles = this.#days.get(day);
      if (articles === undefined) articles = (await load(day, this.#limit)).sort((a, b) => a.seq - b.seq);
      this.#days.delete(day);
      this.#days.set(day, articles);
    }
    while (this.#days.size > Math.max(MAX_DAYS, days.length)) this.#days.delete(this.#days.keys().next().value as number);
  }

  /** What a load of `day` would return now: its `limit` most recently stored articles, newest first. */
  read(day: number, limit: number): WindowArticle[] {
    const articles = this.#days.get(day);
    // Clustering would silently miss candidates on a day it believes empty: a loud failure instead.
    if (articles === undefined) throw new Error(`Story day ${day} was not loaded before clustering`);
    return articles.slice(-limit).reverse();
  }

  /** Adds a just-stored article to its day, if that day is in memory (otherwise the next load reads it). */
  add(article: WindowArticle): void {
    const articles = this.#days.get(dayOf(article.publishedMs));
    if (articles === undefined) return;
    articles.push(article);
    if (articles.length > this.#limit) articles.shift();
  }

  /**
   * A story's start moved earlier (an article published before it joined): the articles of that story in
   * memory now carry the new start, as a fresh load (which reads it from the stories table) would.
   */
  moveStoryStart(storyRef: number, startMs: number): void {
    for (const articles of this.#days.values()) {
      for (const article of articles) {
        if (article.storyRef === storyRef && article.storyStartMs > startMs) article.storyStartMs = startMs;
      }
    }
  }

  clear(): void {
    this.#days.clear();
  }
}
