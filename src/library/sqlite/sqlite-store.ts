import type Database from "better-sqlite3";
import type {
  ChannelContext,
  FeedState,
  LibraryStore,
  NewArticle,
  PutResult,
  SearchOptions,
  SourceStatus,
  StoredArticle,
  Story,
  StoryHit,
} from "../store.js";
import { openDatabase } from "./open-database.js";
import { StoryWindow } from "../stories/story-window.js";
import { BriefingCache } from "./briefing-cache.js";
import { loadStoryDay } from "./load-story-day.js";
import { putArticleSync } from "./put-article.js";
import { readArticle, readStory } from "./read-articles.js";
import { recentStoryHits, searchStories } from "./search-stories.js";
import { statement } from "./statement-cache.js";
import * as state from "./state-tables.js";

export interface SqliteStoreOptions {
  /** Database file; its folder is created on first run. Default "data/newsbrief.db"; ":memory:" for tests. */
  path?: string;
  /** The clock for `fetchedAt`, default publication times and recency ranking. Default: the system clock. */
  now?: () => Date;
}

/**
 * The default LibraryStore: one embedded SQLite file (better-sqlite3, WAL), migrated on open. better-sqlite3
 * is synchronous, so every method does its work before the returned promise settles; the async signatures
 * are the contract's, shared with the PostgreSQL store.
 */
export class SqliteStore implements LibraryStore {
  readonly #db: Database.Database;
  readonly #now: () => Date;
  readonly #window: StoryWindow;
  readonly #briefings: BriefingCache;
  readonly #putMany: Database.Transaction<(inputs: NewArticle[]) => PutResult[]>;
  #dataVersion: number;

  constructor(options: SqliteStoreOptions = {}) {
    this.#db = openDatabase(options.path);
    this.#now = options.now ?? (() => new Date());
    this.#window = new StoryWindow((day, limit) => loadStoryDay(this.#db, day, limit));
    this.#briefings = new BriefingCache(this.#db);
    this.#dataVersion = this.#readDataVersion();
    this.#putMany = this.#db.transaction((inputs: NewArticle[]) => {
      // The clustering window caches stored articles: another process's commits make it stale. Checked
      // inside the transaction, which holds the write lock, so nobody can commit between check and use.
      const version = this.#readDataVersion();
      if (version !== this.#dataVersion) this.#window.clear();
      this.#dataVersion = version;
      const now = this.#now();
      return inputs.map((input) => putArticleSync(this.#db, this.#window, input, now));
    });
  }

  async putArticle(input: NewArticle): Promise<PutResult> {
    const [result] = await this.putArticles([input]);
    if (result === undefined) throw new Error("putArticle stored nothing");
    return result;
  }

  async putArticles(inputs: NewArticle[]): Promise<PutResult[]> {
    try {
      // IMMEDIATE takes the write lock up front (waiting up to busy_timeout for another process): a deferred
      // transaction that reads first fails with SQLITE_BUSY_SNAPSHOT if someone else commits meanwhile.
      return this.#putMany.immediate(inputs);
    } catch (error) {
      // A rolled-back transaction leaves articles in the window that are not in the database.
      this.#window.clear();
      throw error;
    }
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return readArticle(this.#db, id);
  }

  async getStory(id: string): Promise<Story | undefined> {
    return readStory(this.#db, id);
  }

  async search(query: string, options: SearchOptions = {}): Promise<StoryHit[]> {
    return searchStories(this.#db, query, options, this.#now());
  }

  async recentStories(limit: number): Promise<StoryHit[]> {
    return recentStoryHits(this.#db, limit);
  }

  async countArticles(): Promise<number> {
    return (statement(this.#db, "SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }

  async getCachedBriefing(key: string, engineVersion: string): Promise<string | undefined> {
    return this.#briefings.get(key, engineVersion);
  }

  /** Deferred: written with the other entries of the same task in one transaction (see BriefingCache). */
  async putCachedBriefing(key: string, engineVersion: string, briefingJson: string): Promise<void> {
    this.#briefings.put(key, engineVersion, briefingJson);
  }

  async getChannelContext(channel: string): Promise<ChannelContext | undefined> {
    return state.getChannelContext(this.#db, channel);
  }

  async setChannelContext(context: ChannelContext): Promise<void> {
    state.setChannelContext(this.#db, context);
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    return state.getFeedState(this.#db, url);
  }

  async setFeedState(feedState: FeedState): Promise<void> {
    state.setFeedState(this.#db, feedState);
  }

  async recordSourceResult(
    sourceId: string,
    kind: SourceStatus["kind"],
    result: { ok: true; at: string; articles?: number } | { ok: false; at: string; error: string },
  ): Promise<void> {
    state.recordSourceResult(this.#db, sourceId, kind, result);
  }

  async listSources(): Promise<SourceStatus[]> {
    return state.listSources(this.#db);
  }

  /** Changes whenever another connection commits (SQLite's PRAGMA data_version). */
  #readDataVersion(): number {
    return this.#db.pragma("data_version", { simple: true }) as number;
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    this.#briefings.flush(true);
    this.#db.close();
  }
}

/** Opens (creating and migrating as needed) the SQLite library. */
export function openSqliteStore(options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(options);
}
