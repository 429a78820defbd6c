import { FetchError } from "./fetch-error.js";
import { fetchPolicyFromEnv, FetchPolicyError, type FetchPolicy } from "./fetch-policy.js";
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
}

/**
 * Fetches one page for `newsbrief brief <URL>` and `/brief <URL>`: SSRF-safe (see safeFetch), with the
 * allow-list read from NEWSBRIEF_FETCH_ALLOW at each call, so a test or a long-running bot sees the
 * environment as it is now. Throws FetchError with a reason a user can read.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const fetched = await safeFetch(url, { ...options, policy: policyFromEnv(url) });
  return { body: fetched.body, contentType: fetched.contentType, url: fetched.url };
}

/** A mistyped allow-list is the operator's to fix; the user who sent the link is told so, not shown a crash. */
function policyFromEnv(url: string): FetchPolicy {
  try {
    return fetchPolicyFromEnv(process.env);
  } catch (error) {
    if (error instanceof FetchPolicyError) throw new FetchError(url, `the fetch settings are invalid: ${error.message}`, { reason: "config" });
    throw error;
  }
}
