// The Web API client for keyed (digest) posts. The app's client retries a 5xx or a network error by posting
// again, which duplicates a message that Slack created before the response was lost. For a keyed post only a
// 429 (which Slack answers before posting) is safe to repeat here; anything else goes back to the caller, who
// asks findDelivery before sending again (docs/adr/014).
import { webApi, type Logger } from "@slack/bolt";

const RATE_LIMITED = "slack_webapi_rate_limited_error";
/** A channel that keeps answering 429 for this many waits is left to the caller's own retry. */
const MAX_RATE_LIMIT_WAITS = 20;

export function createKeyedClient(token: string, apiUrl: string, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(token, { slackApiUrl: apiUrl, logger, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

/** Runs `call`, waiting out each 429's Retry-After and calling again; every other failure is thrown at once. */
export async function waitingOutRateLimits<T>(call: () => Promise<T>): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (error) {
      const { code, retryAfter } = (error ?? {}) as { code?: unknown; retryAfter?: unknown };
      if (code !== RATE_LIMITED || typeof retryAfter !== "number" || waits >= MAX_RATE_LIMIT_WAITS) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
  }
}
