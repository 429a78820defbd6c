// What Slack sends an app: signed slash commands and block_actions, built and signed the way Slack does
// (https://docs.slack.dev/authentication/verifying-requests-from-slack), plus forged and stale variants.
import { createHmac } from "node:crypto";
import { FAKE_CHANNEL, FAKE_TEAM } from "./fake-slack.js";

export interface SignOptions {
  /** Unix seconds; default now. A value 6 minutes old makes a stale request. */
  timestamp?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
}

/** `X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:{body}"))` and its timestamp. */
export function slackSignature(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export function signedHeaders(secret: string, body: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(options.secret ?? secret, body, timestamp),
  };
}

export interface SlashCommandFields {
  command: string;
  text: string;
  responseUrl: string;
  team?: string;
  channel?: string;
  user?: string;
}

/** The form body of a slash command, as Slack POSTs it. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: fields.team ?? FAKE_TEAM,
    team_domain: "fake",
    channel_id: fields.channel ?? FAKE_CHANNEL,
    channel_name: "general",
    user_id: fields.user ?? "U1",
    user_name: "reader",
    command: fields.command,
    text: fields.text,
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: "1.2.trigger",
  }).toString();
}

/** The JSON payload of a button press on a message, from the button as it was rendered. */
export function blockActionPayload(button: { action_id: string; value: string; text: unknown }, blockId: string, responseUrl: string): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: FAKE_TEAM, domain: "fake" },
    user: { id: "U1", username: "reader", name: "reader", team_id: FAKE_TEAM },
    api_app_id: "A1",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: "1700000000.000001", channel_id: FAKE_CHANNEL, is_ephemeral: false },
    trigger_id: "1.2.trigger",
    channel: { id: FAKE_CHANNEL, name: "general" },
    message: { type: "message", ts: "1700000000.000001", text: "briefing" },
    response_url: responseUrl,
    actions: [{ type: "button", block_id: blockId, action_id: button.action_id, text: button.text, value: button.value, action_ts: "1700000001.000001" }],
  };
}

/** Interactivity payloads arrive form-encoded in one `payload` field. */
export function blockActionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface BoltAnswer {
  status: number;
  text: string;
  /** Milliseconds until the HTTP answer (the ack) arrived. */
  ms: number;
}

/** POSTs a body to the app's /slack/events the way Slack would. */
export async function postToApp(port: number, body: string, headers: Record<string, string>): Promise<BoltAnswer> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 5_000, what = "the fake to receive it"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
