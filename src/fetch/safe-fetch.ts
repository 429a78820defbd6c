import { isIP } from "node:net";
import { addressRefusal, displayAddress } from "./address-policy.js";
import { ACCEPT_ENCODING, decodeBody } from "./decode-body.js";
import { FetchError } from "./fetch-error.js";
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from "./fetch-policy.js";
import { createGuardedLookup, systemResolver, type Resolver } from "./guarded-lookup.js";
import { requestOnce, type RawResponse } from "./request-once.js";

/** How one fetch may go. Every limit has a safe default. */
export interface SafeFetchOptions {
  /** Non-public destinations it may reach anyway. Default: none. */
  policy?: FetchPolicy;
  /** Name resolution; default the system resolver. Tests point names at chosen addresses. */
  resolver?: Resolver;
  /** The whole fetch, redirects and body included, in milliseconds. Default 10,000. */
  timeoutMs?: number;
  /** Until the TCP connection is up, per hop, in milliseconds. Default 5,000 (never above timeoutMs). */
  connectTimeoutMs?: number;
  /** Cap on the body, compressed and decoded alike. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Conditional GET: the validators of the copy we hold; an unchanged resource answers `{status: 304}`. */
  etag?: string;
  lastModified?: string;
  /** The Accept header. Default: HTML, then anything. */
  accept?: string;
}

/** A successful answer: 2xx with its body, or 304 (not modified) with an empty one. */
export interface FetchResult {
  status: number;
  /** The URL after redirects. */
  url: string;
  contentType: string;
  /** Decoded (Content-Encoding undone) bytes; charset decoding is left to ingest. */
  body: Uint8Array;
  etag?: string;
  lastModified?: string;
}

/** The shape sources depend on, so tests and callers can pass a bound or fake fetcher. */
export type Fetcher = (url: string, options?: SafeFetchOptions) => Promise<FetchResult>;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = "newsbrief (+https://github.com/newsbrief/newsbrief)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an http(s) URL safely: the destination of every hop is checked after DNS resolution, at
 * connect time (see createGuardedLookup), literal IPs in the URL included; redirects are followed by
 * hand, each re-checked; time and bytes are bounded. Every refusal or failure is a FetchError whose
 * message says why in plain words ("refused: 10.0.0.5 is a private address", "too many redirects").
 */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<FetchResult> {
  const policy = options.policy ?? DEFAULT_FETCH_POLICY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers = requestHeaders(options);
  let current = parseHttpUrl(url, url);
  for (let hop = 0; ; hop++) {
    checkLiteralAddress(current, policy);
    const raw = await requestOnce(current, {
      headers,
      lookup: createGuardedLookup(current.href, policy, options.resolver ?? systemResolver),
      signal,
      connectTimeoutMs: Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, timeoutMs),
      maxBytes,
      wantsBody: (status) => status >= 200 && status < 300,
    });
    const location = raw.headers.location;
    if (REDIRECTS.has(raw.status) && location !== undefined) {
      if (hop >= maxRedirects) throw new FetchError(url, `too many redirects (more than ${maxRedirects})`, { reason: "redirects" });
      current = redirectTarget(location, current, url);
      continue;
    }
    if (raw.status === 304) return result(raw, current, new Uint8Array());
    if (raw.status < 200 || raw.status >= 300) throw statusError(raw, current.href);
    return result(raw, current, await decodeBody(raw.body, raw.headers["content-encoding"], maxBytes, current.href));
  }
}

function requestHeaders(options: SafeFetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept: options.accept ?? "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    "accept-encoding": ACCEPT_ENCODING,
  };
  if (options.etag !== undefined) headers["if-none-match"] = options.etag;
  if (options.lastModified !== undefined) headers["if-modified-since"] = options.lastModified;
  return headers;
}

function parseHttpUrl(text: string, original: string): URL {
  if (!URL.canParse(text)) throw new FetchError(original, "this is not a valid URL", { reason: "invalid-url" });
  const parsed = new URL(text);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError(original, `only http and https links can be fetched, not ${parsed.protocol.replace(":", "")}`, { reason: "scheme" });
  }
  return parsed;
}

function redirectTarget(location: string, from: URL, original: string): URL {
  if (!URL.canParse(location, from.href)) throw new FetchError(original, "the server redirected to an invalid URL", { reason: "invalid-url" });
  const next = new URL(location, from);
  if (next.protocol !== "http:" && next.protocol !== "https:") {
    throw new FetchError(original, `refused: the server redirected to a ${next.protocol.replace(":", "")} link; only http and https can be fetched`, {
      reason: "scheme",
    });
  }
  return next;
}

/** Node connects to literal IPs without a lookup, so they are checked here. */
function checkLiteralAddress(url: URL, policy: FetchPolicy): void {
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (isIP(host) === 0) return;
  const refusal = addressRefusal(host, host, policy);
  if (refusal !== undefined) throw new FetchError(url.href, `refused: ${displayAddress(host)} is ${refusal}`, { reason: "refused" });
}

function statusError(raw: RawResponse, url: string): FetchError {
  const retryAfter = raw.headers["retry-after"];
  const retryAfterMs = retryAfter === undefined ? undefined : parseRetryAfter(retryAfter);
  return new FetchError(url, `the server answered ${raw.status} ${raw.statusText}`.trim(), {
    reason: "status",
    status: raw.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Retry-After is seconds or an HTTP date. */
function parseRetryAfter(value: string): number | undefined {
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function result(raw: RawResponse, url: URL, body: Uint8Array): FetchResult {
  const fetched: FetchResult = { status: raw.status, url: url.href, contentType: raw.headers["content-type"] ?? "", body };
  const etag = raw.headers.etag;
  const lastModified = raw.headers["last-modified"];
  if (etag !== undefined) fetched.etag = etag;
  if (lastModified !== undefined) fetched.lastModified = lastModified;
  return fetched;
}
