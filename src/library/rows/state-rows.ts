import type { ChannelContext, FeedState, SourceStatus } from "../store.js";

// The rows of the small tables beside the library (channel context, feed state, source status) as both
// stores read them: the same columns, and NULL always means an absent optional field, never an `undefined`
// value or an empty string. Each store decodes what its dialect stores differently before calling these.

export interface ChannelContextRow {
  channel: string;
  story_id: string | null;
  article_id: string | null;
  briefing_json: string;
  at: string;
}

export function toChannelContext(row: ChannelContextRow): ChannelContext {
  const context: ChannelContext = { channel: row.channel, briefingJson: row.briefing_json, at: row.at };
  if (row.story_id !== null) context.storyId = row.story_id;
  if (row.article_id !== null) context.articleId = row.article_id;
  return context;
}

/** A feed_state row with `primed` and `seen_guids` already decoded (each dialect stores them its own way). */
export interface FeedStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  primed: boolean;
  next_poll_at: string | null;
  seen_guids: string[] | null;
  failures: number | null;
}

export function toFeedState(row: FeedStateRow): FeedState {
  const state: FeedState = { url: row.url, primed: row.primed };
  if (row.etag !== null) state.etag = row.etag;
  if (row.last_modified !== null) state.lastModified = row.last_modified;
  if (row.next_poll_at !== null) state.nextPollAt = row.next_poll_at;
  if (row.seen_guids !== null) state.seenGuids = row.seen_guids;
  if (row.failures !== null) state.failures = row.failures;
  return state;
}

export interface SourceStatusRow {
  source_id: string;
  kind: SourceStatus["kind"];
  last_success: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  articles: number;
}

export function toSourceStatus(row: SourceStatusRow): SourceStatus {
  const status: SourceStatus = { sourceId: row.source_id, kind: row.kind, consecutiveFailures: row.consecutive_failures, articles: row.articles };
  if (row.last_success !== null) status.lastSuccess = row.last_success;
  if (row.last_error !== null) status.lastError = row.last_error;
  if (row.last_error_at !== null) status.lastErrorAt = row.last_error_at;
  return status;
}
