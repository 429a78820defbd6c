import { DEFAULT_FETCH_POLICY, type FetchPolicy } from "./fetch-policy.js";
import { safeFetch } from "./safe-fetch.js";

export { FetchError, formatBytes } from "./fetch-error.js";

/** What a fetch brought back: the body as bytes (decoded later by ingest, which knows the charset rules). */
export interface FetchedPage {
  body: Uint8Array;
  contentType: string;
  /** The URL after redirects. */
  url: string;
}

export interface FetchOptions {
  /** Give up after this long, in milliseconds. Default 10,000. */
  timeoutMs?: number;
  /** Refuse bodies larger than this. Default 5 MB. */
  maxBytes?: number;
  /** Which non-public addresses may be reached. Default: none (see config: NEWSBRIEF_FETCH_ALLOW). */
  policy?: FetchPolicy;
}

/**
 * Fetches one page for `newsbrief brief <URL>` and `/brief <URL>`: SSRF-safe (see safeFetch).
 * Throws FetchError with a reason a user can read.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const fetched = await safeFetch(url, { ...options, policy: options.policy ?? DEFAULT_FETCH_POLICY });
  return { body: fetched.body, contentType: fetched.contentType, url: fetched.url };
}
