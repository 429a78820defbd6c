import type pg from "pg";
import { toChannelContext, toFeedState, toSourceStatus, type ChannelContextRow, type FeedStateRow, type SourceStatusRow } from "../rows/state-rows.js";
import type { ChannelContext, FeedState, LibraryStore, SourceStatus } from "../store.js";

// The small key-value tables beside the library: briefing cache, channel context, feed state, source status.
// Every write is one upsert statement, atomic on its own. Rows map to objects as in SQLite (rows/state-rows.ts);
// pg already returns BOOLEAN as boolean and TEXT[] as string[], so rows need no decoding first.

export async function getCachedBriefing(db: pg.Pool, key: string, engineVersion: string): Promise<string | undefined> {
  const { rows } = await db.query<{ json: string }>("SELECT briefing_json AS json FROM briefing_cache WHERE key = $1 AND engine_version = $2", [key, engineVersion]);
  return rows[0]?.json;
}

export async function putCachedBriefing(db: pg.Pool, key: string, engineVersion: string, json: string): Promise<void> {
  await db.query(
    `INSERT INTO briefing_cache (key, engine_version, briefing_json) VALUES ($1, $2, $3)
     ON CONFLICT (key, engine_version) DO UPDATE SET briefing_json = excluded.briefing_json`,
    [key, engineVersion, json],
  );
}

export async function getChannelContext(db: pg.Pool, channel: string): Promise<ChannelContext | undefined> {
  const { rows } = await db.query<ChannelContextRow>("SELECT channel, story_id, article_id, briefing_json, at FROM channel_context WHERE channel = $1", [channel]);
  return rows[0] === undefined ? undefined : toChannelContext(rows[0]);
}

export async function setChannelContext(db: pg.Pool, context: ChannelContext): Promise<void> {
  await db.query(
    `INSERT INTO channel_context (channel, story_id, article_id, briefing_json, at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (channel) DO UPDATE SET story_id = excluded.story_id, article_id = excluded.article_id,
       briefing_json = excluded.briefing_json, at = excluded.at`,
    [context.channel, context.storyId ?? null, context.articleId ?? null, context.briefingJson, context.at],
  );
}

export async function getFeedState(db: pg.Pool, url: string): Promise<FeedState | undefined> {
  const { rows } = await db.query<FeedStateRow>("SELECT url, etag, last_modified, primed, next_poll_at, seen_guids, failures FROM feed_state WHERE url = $1", [url]);
  return rows[0] === undefined ? undefined : toFeedState(rows[0]);
}

/** Replaces the feed's whole state: a field left out is cleared, as SQLite's INSERT OR REPLACE does. */
export async function setFeedState(db: pg.Pool, state: FeedState): Promise<void> {
  await db.query(
    `INSERT INTO feed_state (url, etag, last_modified, primed, next_poll_at, seen_guids, failures) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, primed = excluded.primed,
       next_poll_at = excluded.next_poll_at, seen_guids = excluded.seen_guids, failures = excluded.failures`,
    [state.url, state.etag ?? null, state.lastModified ?? null, state.primed, state.nextPollAt ?? null, state.seenGuids ?? null, state.failures ?? null],
  );
}

type SourceResult = Parameters<LibraryStore["recordSourceResult"]>[2];

const RECORD_SUCCESS = `
  INSERT INTO source_status (source_id, kind, last_success, consecutive_failures, articles) VALUES ($1, $2, $3, 0, $4)
  ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, last_success = excluded.last_success, consecutive_failures = 0,
    articles = source_status.articles + excluded.articles`;
const RECORD_FAILURE = `
  INSERT INTO source_status (source_id, kind, last_error, last_error_at, consecutive_failures) VALUES ($1, $2, $3, $4, 1)
  ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
    consecutive_failures = source_status.consecutive_failures + 1`;

/** A success resets the failure streak and adds the articles it brought; a failure extends the streak. Atomic across processes. */
export async function recordSourceResult(db: pg.Pool, sourceId: string, kind: SourceStatus["kind"], result: SourceResult): Promise<void> {
  if (result.ok) await db.query(RECORD_SUCCESS, [sourceId, kind, result.at, result.articles ?? 0]);
  else await db.query(RECORD_FAILURE, [sourceId, kind, result.error, result.at]);
}

export async function listSources(db: pg.Pool): Promise<SourceStatus[]> {
  // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
  const { rows } = await db.query<SourceStatusRow>('SELECT * FROM source_status ORDER BY source_id COLLATE "C"');
  return rows.map(toSourceStatus);
}
