import type { Article, SourceRef } from "../articles/article.js";

/** An article as the library keeps it. */
export interface StoredArticle extends Article {
  /** Canonical URL when known (the dedupe key across feeds); undefined for files and pasted text. */
  url?: string;
  /** The feed item's GUID, when it came from a feed. */
  guid?: string;
  /** Which configured source brought it (feed URL, folder path, "cli"). */
  sourceId: string;
  /** ISO date-time the article was published (from the source) or, failing that, first seen. */
  published: string;
  /** ISO date-time it was first stored. */
  fetchedAt: string;
  /** sha256 of the normalised text: the same story re-published under a new GUID or URL is not a new article. */
  contentHash: string;
  /** The story (cluster of articles about one event) it belongs to. */
  storyId: string;
}

/** What a source hands the library. `article.id` must already be the content hash id from ingest. */
export interface NewArticle {
  article: Article;
  sourceId: string;
  url?: string;
  guid?: string;
  /** Defaults to the time it was stored. */
  published?: string;
}

export interface PutResult {
  articleId: string;
  storyId: string;
  /** False when the same article (by canonical URL or content hash) was already stored. */
  isNew: boolean;
}

/** Articles about the same event from one or more sources. */
export interface Story {
  id: string;
  /** The representative headline (of the earliest or best article). */
  headline: string;
  articles: StoredArticle[];
  sources: SourceRef[];
  /** Newest publication time among its articles. */
  updated: string;
}

export interface StoryHit {
  storyId: string;
  headline: string;
  score: number;
  sourceCount: number;
  updated: string;
  /** The story's article that matched the query best (search only): the one to brief. Added for briefTopic. */
  articleId?: string;
}

export interface SearchOptions {
  /** Default 5. */
  limit?: number;
  /** "Now" for recency ranking; defaults to the clock. Passed in so ranking is testable. */
  now?: Date;
}

/** The last briefing a channel was shown: what `/quotes` follows up on. */
export interface ChannelContext {
  channel: string;
  storyId?: string;
  articleId?: string;
  /** The briefing as JSON (see src/briefing/briefing.ts). */
  briefingJson: string;
  at: string;
}

export interface SourceStatus {
  sourceId: string;
  kind: "feed" | "folder" | "url";
  lastSuccess?: string;
  lastError?: string;
  lastErrorAt?: string;
  consecutiveFailures: number;
  articles: number;
}

/** Conditional-GET and first-run state of one feed. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** False until the first successful poll: the first poll records items without announcing them. */
  primed: boolean;
  nextPollAt?: string;
  /**
   * GUIDs of the items in the feed at its last successful poll (at most a few hundred): items in this
   * list are not processed again, so summary-only items do not have their pages re-fetched on every poll.
   * Optional to persist: without it the poller remembers in memory, and after a restart re-reads the
   * feed's items once (the store's dedupe keeps them from being announced again).
   */
  seenGuids?: string[];
  /** Failed polls in a row, for backoff across restarts. Optional to persist, like `seenGuids`. */
  failures?: number;
}

/**
 * The library's storage. Async so the same contract fits SQLite (default) and PostgreSQL; one contract
 * test suite runs against every implementation. No SQL dialect leaks past this interface.
 */
export interface LibraryStore {
  putArticle(input: NewArticle): Promise<PutResult>;
  /** Stores many in one transaction (bulk import). */
  putArticles(inputs: NewArticle[]): Promise<PutResult[]>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  getStory(id: string): Promise<Story | undefined>;
  search(query: string, options?: SearchOptions): Promise<StoryHit[]>;
  /** Headlines of the most recent stories (for "what the library holds"). */
  recentStories(limit: number): Promise<StoryHit[]>;
  countArticles(): Promise<number>;

  getCachedBriefing(key: string, engineVersion: string): Promise<string | undefined>;
  putCachedBriefing(key: string, engineVersion: string, briefingJson: string): Promise<void>;

  getChannelContext(channel: string): Promise<ChannelContext | undefined>;
  setChannelContext(context: ChannelContext): Promise<void>;

  getFeedState(url: string): Promise<FeedState | undefined>;
  setFeedState(state: FeedState): Promise<void>;
  recordSourceResult(sourceId: string, kind: SourceStatus["kind"], result: { ok: true; at: string; articles?: number } | { ok: false; at: string; error: string }): Promise<void>;
  listSources(): Promise<SourceStatus[]>;

  close(): Promise<void>;
}
