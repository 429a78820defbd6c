import type pg from "pg";
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
import { createPool, inTransaction, type PostgresConnection } from "./connect.js";
import { migratePostgres } from "./migrate.js";
import { putArticleBatch } from "./put-articles.js";
import { readArticle, readStory } from "./read-articles.js";
import { recentStoryHits, searchStories } from "./search-stories.js";
import * as state from "./state-tables.js";
import { StoryClusterer } from "./story-clusterer.js";

export interface PostgresStoreOptions extends PostgresConnection {
  /** The clock for `fetchedAt`, default publication times and recency ranking. Default: the system clock. */
  now?: () => Date;
}

/**
 * The LibraryStore on PostgreSQL (DATABASE_URL), for several bot instances sharing one library. Same
 * behaviour as SqliteStore (one contract suite runs against both); open it with `openPostgresStore`, which
 * applies the migrations first. Article inserts are serialised by an advisory lock (put-articles.ts);
 * everything else is a single statement or a read.
 */
export class PostgresStore implements LibraryStore {
  readonly #pool: pg.Pool;
  readonly #now: () => Date;
  readonly #clusterer = new StoryClusterer();
  /** The newest article seq this store knew of after its last batch; undefined: unknown, reload the window. */
  #knownSeq: number | undefined;
  /** The tail of this store's batches: one at a time, so the in-memory clustering window has one writer. */
  #batches: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(pool: pg.Pool, now: () => Date) {
    this.#pool = pool;
    this.#now = now;
  }

  /** Connects and migrates. Throws (with the pool closed) when the database is unreachable or too new. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const pool = createPool(options);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool, options.now ?? (() => new Date()));
  }

  async putArticle(input: NewArticle): Promise<PutResult> {
    const [result] = await this.putArticles([input]);
    if (result === undefined) throw new Error("putArticle stored nothing");
    return result;
  }

  async putArticles(inputs: NewArticle[]): Promise<PutResult[]> {
    if (inputs.length === 0) return [];
    const batch = this.#batches.then(() => this.#putBatch(inputs));
    this.#batches = batch.catch(() => undefined);
    return batch;
  }

  async #putBatch(inputs: NewArticle[]): Promise<PutResult[]> {
    try {
      const { results, newestSeq } = await inTransaction(this.#pool, (client) =>
        putArticleBatch(client, this.#clusterer, inputs, this.#now(), this.#knownSeq),
      );
      this.#knownSeq = newestSeq;
      return results;
    } catch (error) {
      // A rolled-back transaction leaves articles in the window that are not in the database.
      this.#knownSeq = undefined;
      this.#clusterer.clear();
      throw error;
    }
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return readArticle(this.#pool, id);
  }

  async getStory(id: string): Promise<Story | undefined> {
    return readStory(this.#pool, id);
  }

  async search(query: string, options: SearchOptions = {}): Promise<StoryHit[]> {
    return searchStories(this.#pool, query, options, this.#now());
  }

  async recentStories(limit: number): Promise<StoryHit[]> {
    return recentStoryHits(this.#pool, limit);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: string }>("SELECT count(*) AS n FROM articles");
    return Number(rows[0]?.n ?? 0);
  }

  async getCachedBriefing(key: string, engineVersion: string): Promise<string | undefined> {
    return state.getCachedBriefing(this.#pool, key, engineVersion);
  }

  async putCachedBriefing(key: string, engineVersion: string, briefingJson: string): Promise<void> {
    await state.putCachedBriefing(this.#pool, key, engineVersion, briefingJson);
  }

  async getChannelContext(channel: string): Promise<ChannelContext | undefined> {
    return state.getChannelContext(this.#pool, channel);
  }

  async setChannelContext(context: ChannelContext): Promise<void> {
    await state.setChannelContext(this.#pool, context);
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    return state.getFeedState(this.#pool, url);
  }

  async setFeedState(feedState: FeedState): Promise<void> {
    await state.setFeedState(this.#pool, feedState);
  }

  async recordSourceResult(
    sourceId: string,
    kind: SourceStatus["kind"],
    result: { ok: true; at: string; articles?: number } | { ok: false; at: string; error: string },
  ): Promise<void> {
    await state.recordSourceResult(this.#pool, sourceId, kind, result);
  }

  async listSources(): Promise<SourceStatus[]> {
    return state.listSources(this.#pool);
  }

  /** Waits for a batch in progress, then closes the pool. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#batches;
    await this.#pool.end();
  }
}

/** Opens (migrating as needed) the PostgreSQL library. */
export function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  return PostgresStore.open(options);
}
