import type Database from "better-sqlite3";
import { storyFeatures } from "../stories/story-features.js";
import { encodeKeys } from "../stories/stored-keys.js";

/** One numbered schema step. Steps run in order, each in its own transaction, and are never edited once shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** The schema's history. Append only: a database remembers which versions it has (table schema_migrations). */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, stories and the full-text index",
    up(db) {
      db.exec(`
        CREATE TABLE stories (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          headline TEXT NOT NULL,
          updated TEXT NOT NULL,
          updated_ms INTEGER NOT NULL,
          article_count INTEGER NOT NULL DEFAULT 0,
          source_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_by_updated ON stories (updated_ms, seq);
        CREATE TABLE articles (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          content_hash TEXT NOT NULL UNIQUE,
          url TEXT UNIQUE,
          guid TEXT,
          source_id TEXT NOT NULL,
          source_key TEXT NOT NULL,
          source_json TEXT,
          byline TEXT,
          truncated INTEGER NOT NULL DEFAULT 0,
          headline TEXT NOT NULL,
          lead TEXT NOT NULL,
          body TEXT NOT NULL,
          published TEXT NOT NULL,
          published_ms INTEGER NOT NULL,
          fetched_at TEXT NOT NULL,
          story INTEGER NOT NULL REFERENCES stories (seq)
        );
        CREATE INDEX articles_by_story ON articles (story, source_key);
        -- Covers the search join (full-text rowid -> article id and story) without reading the article rows.
        CREATE INDEX articles_hit ON articles (seq, story, id);
        -- External content: the text lives once, in articles; the index only points at it.
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
          headline, lead, body, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61'
        );
        -- Headline above lead above body (search passes the same weights to bm25() explicitly).
        INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.0)');
      `);
    },
  },
  {
    version: 2,
    name: "story clustering: sketches, key terms, story start, publication-day index",
    up(db) {
      db.exec(`
        ALTER TABLE articles ADD COLUMN sketch TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN story_keys TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN key_weight INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN started_ms INTEGER NOT NULL DEFAULT 0;
        UPDATE stories SET started_ms = coalesce((SELECT min(published_ms) FROM articles WHERE story = stories.seq), updated_ms);
        -- Clustering loads the articles of a publication day at a time.
        CREATE INDEX articles_by_published ON articles (published_ms);
      `);
      // Articles stored before clustering existed get their features, so new articles can join their stories.
      // A thousand rows at a time: a big library must not be read into memory at once.
      const page = db.prepare("SELECT seq, headline, lead, body FROM articles WHERE seq > ? ORDER BY seq LIMIT 1000");
      const update = db.prepare("UPDATE articles SET sketch = ?, story_keys = ?, key_weight = ? WHERE seq = ?");
      for (let rows = page.all(0) as BackfillRow[]; rows.length > 0; rows = page.all(rows[rows.length - 1]!.seq) as BackfillRow[]) {
        for (const row of rows) {
          const paragraphs = [row.lead, ...(row.body === "" ? [] : row.body.split("\n"))];
          const features = storyFeatures(row.headline, paragraphs);
          update.run(features.sketch, encodeKeys(features.keys), features.weight, row.seq);
        }
      }
    },
  },
  {
    version: 3,
    name: "briefing cache, channel context, feed state and source status",
    up(db) {
      db.exec(`
        -- A rowid table: its rows are briefings of several kilobytes (WITHOUT ROWID suits small rows).
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
          primed INTEGER NOT NULL,
          next_poll_at TEXT
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
      `);
    },
  },
  {
    version: 4,
    name: "feed progress: seen GUIDs and the failure streak survive a restart",
    up(db) {
      // NULL in both columns means "not recorded" (the state was written before this version, or without
      // them), which getFeedState maps to absent fields: the poller then falls back to its own memory.
      db.exec(`
        ALTER TABLE feed_state ADD COLUMN seen_guids TEXT;
        ALTER TABLE feed_state ADD COLUMN failures INTEGER;
      `);
    },
  },
];

interface BackfillRow {
  seq: number;
  headline: string;
  lead: string;
  body: string;
}
