/** Why a fetch failed, for programs (backoff, status pages); the message is for people. */
export type FetchFailure =
  | "invalid-url"
  | "scheme"
  | "refused"
  | "redirects"
  | "timeout"
  | "too-large"
  | "status"
  | "encoding"
  | "config"
  | "network";

/** Extra facts about a failure. */
export interface FetchErrorDetails {
  /** Defaults to "network". */
  reason?: FetchFailure;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** The server's Retry-After (429, 503), in milliseconds. */
  retryAfterMs?: number;
}

/** A fetch that failed in a way a user should be told about, with the reason in plain words. */
export class FetchError extends Error {
  readonly reason: FetchFailure;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(
    readonly url: string,
    message: string,
    details: FetchErrorDetails = {},
  ) {
    super(message);
    this.name = "FetchError";
    this.reason = details.reason ?? "network";
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** Sizes in the units people read: "1.0 MB", "12 KB", "300 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
