// What `createSlackAdapter` needs; `src/main.ts` fills it from SLACK_* and PORT after validating them.
import type { DeliverySearch } from "./find-delivery.js";

/**
 * How the Web API client retries a failed call (network error, 5xx, 429). On a 429 the client first waits
 * out Retry-After (pausing its whole queue), then counts the retry against `retries`; Slack's answers such
 * as `channel_not_found` are never retried.
 */
export interface SlackRetryPolicy {
  /** Further attempts after the first; 0 fails at once (and a 429 then fails after its wait). */
  retries: number;
  /** Backoff before the first retry, doubled each time up to `maxDelayMs`, on top of any Retry-After. */
  minDelayMs: number;
  maxDelayMs: number;
}

/** A few retries within about a minute: enough for a rate limit or a blip, short enough to surface outages. */
export const PRODUCTION_RETRY_POLICY: SlackRetryPolicy = { retries: 3, minDelayMs: 1_000, maxDelayMs: 20_000 };

/** For tests against a fake: the web-api default (10 retries over 30 minutes) would hang a failing test. */
export const NO_RETRY_POLICY: SlackRetryPolicy = { retries: 0, minDelayMs: 0, maxDelayMs: 0 };

export interface SlackAdapterConfig {
  /** Bot token, `xoxb-…` (SLACK_BOT_TOKEN). Checked with `auth.test` at start. */
  botToken: string;
  /** HTTP mode: the app's signing secret (SLACK_SIGNING_SECRET); Bolt's receiver rejects unsigned or stale requests with 401. Required unless `appToken` is set. */
  signingSecret?: string;
  /** Socket Mode when set: the app-level token, `xapp-…` with `connections:write` (SLACK_APP_TOKEN). No public URL needed. */
  appToken?: string;
  /** HTTP mode: port of the `/slack/events` endpoint (PORT). Default 3000; 0 picks a free port (tests). */
  port?: number;
  /** HTTP mode: address to bind. Default: every interface. */
  host?: string;
  /** Web API base URL (SLACK_API_URL). Default `https://slack.com/api/`; GovSlack and the test fake use others. */
  apiUrl?: string;
  /** Default {@link PRODUCTION_RETRY_POLICY}. */
  retry?: SlackRetryPolicy;
  /**
   * Slack user ids who may change channels' digests (SLACK_DIGEST_MANAGERS). Default: everyone in the
   * channel, as with Slack's own /feed. Everyone may list and preview either way.
   */
  digestManagers?: readonly string[];
  /** How far back `findDelivery` looks for an earlier attempt of a delivery. Defaults in {@link DeliverySearch}. */
  deliverySearch?: DeliverySearch;
  /** Bolt's log level. Default "info". Tokens are never logged at any level. */
  logLevel?: "debug" | "info" | "warn" | "error";
}

/** Fails on start-up, naming the missing setting but never echoing a value. */
export function checkSlackConfig(config: SlackAdapterConfig): void {
  if (!config.botToken) throw new Error("Slack: the bot token (SLACK_BOT_TOKEN) is missing");
  if (!config.appToken && !config.signingSecret) {
    throw new Error("Slack: set the signing secret (SLACK_SIGNING_SECRET) for HTTP mode, or an app token (SLACK_APP_TOKEN) for Socket Mode");
  }
  if (config.retry && (!Number.isInteger(config.retry.retries) || config.retry.retries < 0)) {
    throw new Error("Slack: retry.retries must be a whole number >= 0");
  }
}

/** web-api joins the base URL and the method name as strings, so the slash matters. */
export function normaliseApiUrl(url: string | undefined): string {
  const base = url || "https://slack.com/api/";
  return base.endsWith("/") ? base : `${base}/`;
}
