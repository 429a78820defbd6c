/** One numbered schema step. Steps run in order and are never edited once shipped. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The PostgreSQL schema's history, append only (table schema_migrations records what a database has). It
 * starts where the SQLite schema is today, in one step: there are no older PostgreSQL libraries to upgrade.
 * Epoch milliseconds are BIGINT; ISO texts are kept beside them as given, like the SQLite store, so both
 * stores return the same strings.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: "articles, stories, full-text search, briefing cache, channel context, feed state, source status",
    sql: `
      CREATE TABLE stories (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL,
        updated TEXT NOT NULL,
        updated_ms BIGINT NOT NULL,
        started_ms BIGINT NOT NULL,
        article_count INTEGER NOT NULL DEFAULT 0,
        source_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX stories_by_updated ON stories (updated_ms DESC, seq DESC);
      CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        guid TEXT,
        source_id TEXT NOT NULL,
        source_key TEXT NOT NULL,
        source_json TEXT,
        byline TEXT,
        truncated BOOLEAN NOT NULL DEFAULT FALSE,
        headline TEXT NOT NULL,
        lead TEXT NOT NULL,
        body TEXT NOT NULL,
        published TEXT NOT NULL,
        published_ms BIGINT NOT NULL,
        fetched_at TEXT NOT NULL,
        story BIGINT NOT NULL REFERENCES stories (seq),
        sketch TEXT NOT NULL,
        story_keys TEXT NOT NULL,
        key_weight INTEGER NOT NULL,
        -- Headline (A), lead (B) and body (C) as stemmed words, written by the store (see search-text.ts).
        search TSVECTOR NOT NULL
      );
      CREATE INDEX articles_by_story ON articles (story, source_key);
      -- Clustering loads the articles of a publication day at a time.
      CREATE INDEX articles_by_published ON articles (published_ms);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE briefing_cache (
        key TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        briefing_json TEXT NOT NULL,
        PRIMARY KEY (key, engine_version)
      );
      CREATE TABLE channel_context (
        channel TEXT PRIMARY KEY,
        story_id TEXT,
        article_id TEXT,
        briefing_json TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        primed BOOLEAN NOT NULL,
        next_poll_at TEXT,
        -- Optional in the interface, kept here: with several instances the next poll may be another's.
        seen_guids TEXT[],
        failures INTEGER
      );
      CREATE TABLE source_status (
        source_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('feed', 'folder', 'url')),
        last_success TEXT,
        last_error TEXT,
        last_error_at TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
];
