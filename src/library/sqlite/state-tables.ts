import type Database from "better-sqlite3";
import { toChannelContext, toFeedState, toSourceStatus, type ChannelContextRow, type FeedStateRow, type SourceStatusRow } from "../rows/state-rows.js";
import type { ChannelContext, FeedState, LibraryStore, SourceStatus } from "../store.js";
import { statement } from "./statement-cache.js";

// The small key-value tables beside the library: channel context, feed state, source status.
// Rows map to objects as in PostgreSQL (rows/state-rows.ts); SQLite keeps `primed` as 0/1 and the seen GUIDs
// as JSON text, decoded here first.

export function getChannelContext(db: Database.Database, channel: string): ChannelContext | undefined {
  const row = statement(db, "SELECT channel, story_id, article_id, briefing_json, at FROM channel_context WHERE channel = ?").get(channel) as ChannelContextRow | undefined;
  return row === undefined ? undefined : toChannelContext(row);
}

export function setChannelContext(db: Database.Database, context: ChannelContext): void {
  statement(db, "INSERT OR REPLACE INTO channel_context (channel, story_id, article_id, briefing_json, at) VALUES (?, ?, ?, ?, ?)").run(
    context.channel,
    context.storyId ?? null,
    context.articleId ?? null,
    context.briefingJson,
    context.at,
  );
}

const GET_FEED_STATE = "SELECT url, etag, last_modified, primed, next_poll_at, seen_guids, failures FROM feed_state WHERE url = ?";
const SET_FEED_STATE = `INSERT OR REPLACE INTO feed_state (url, etag, last_modified, primed, next_poll_at, seen_guids, failures)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

export function getFeedState(db: Database.Database, url: string): FeedState | undefined {
  const row = statement(db, GET_FEED_STATE).get(url) as (Omit<FeedStateRow, "primed" | "seen_guids"> & { primed: number; seen_guids: string | null }) | undefined;
  if (row === undefined) return undefined;
  return toFeedState({ ...row, primed: row.primed === 1, seen_guids: row.seen_guids === null ? null : (parseGuids(row.seen_guids) ?? null) });
}

/** Replaces the feed's state whole: fields left out are stored as NULL and read back as absent. */
export function setFeedState(db: Database.Database, state: FeedState): void {
  statement(db, SET_FEED_STATE).run(
    state.url,
    state.etag ?? null,
    state.lastModified ?? null,
    state.primed ? 1 : 0,
    state.nextPollAt ?? null,
    state.seenGuids === undefined ? null : JSON.stringify(state.seenGuids),
    state.failures ?? null,
  );
}

/** The stored GUID list (a JSON array of strings); undefined when unreadable, so the poller re-reads the feed once. */
function parseGuids(json: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((guid) => typeof guid === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

type SourceResult = Parameters<LibraryStore["recordSourceResult"]>[2];

const RECORD_SUCCESS = `
  INSERT INTO source_status (source_id, kind, last_success, consecutive_failures, articles) VALUES (@id, @kind, @at, 0, @articles)
  ON CONFLICT (source_id) DO UPDATE SET kind = @kind, last_success = @at, consecutive_failures = 0, articles = articles + @articles`;
const RECORD_FAILURE = `
  INSERT INTO source_status (source_id, kind, last_error, last_error_at, consecutive_failures) VALUES (@id, @kind, @error, @at, 1)
  ON CONFLICT (source_id) DO UPDATE SET kind = @kind, last_error = @error, last_error_at = @at, consecutive_failures = consecutive_failures + 1`;

/** A success resets the failure streak and adds the articles it brought; a failure extends the streak. */
export function recordSourceResult(db: Database.Database, sourceId: string, kind: SourceStatus["kind"], result: SourceResult): void {
  if (result.ok) statement(db, RECORD_SUCCESS).run({ id: sourceId, kind, at: result.at, articles: result.articles ?? 0 });
  else statement(db, RECORD_FAILURE).run({ id: sourceId, kind, error: result.error, at: result.at });
}

export function listSources(db: Database.Database): SourceStatus[] {
  const rows = statement(db, "SELECT * FROM source_status ORDER BY source_id").all() as SourceStatusRow[];
  return rows.map(toSourceStatus);
}
