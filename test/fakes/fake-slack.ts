// A fake Slack on 127.0.0.1: the Web API methods the adapter calls, a response_url sink, and a Socket Mode
// WebSocket. A real node:http server, so the real Bolt and web-api clients run unmodified against it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { Chaos, type ChaosOptions } from "./chaos.js";
import { BOT, SlackChannels, type SlackChannelState, type StoredSlackMessage } from "./fake-slack-channels.js";
import { TokenBucket, type Clock } from "./rate-limit.js";

export type { SlackChannelState, StoredSlackMessage } from "./fake-slack-channels.js";

/** One request the fake received. */
export interface SlackRequest {
  /** The Web API method ("chat.postMessage") or "response_url". */
  method: string;
  path: string;
  /** Form fields or JSON, with JSON-valued form fields (`blocks`) parsed. */
  body: Record<string, unknown>;
  authorization?: string;
  /** The status the fake answered with. */
  status: number;
}

/** How to fail the next calls of a method: HTTP 429 with Retry-After, or Slack's `{ ok: false, error }`. */
export type SlackFailure = { rateLimitSeconds: number } | { error: string };

const JSON_FIELDS = new Set(["blocks", "attachments", "metadata"]);
export const FAKE_TEAM = "T1";
export const FAKE_CHANNEL = "C1";

/** Everything optional: with no options the fake accepts every call at once, as before. */
export interface FakeSlackOptions {
  /** Time for message ts, history windows and rate limits. Default `Date.now`. */
  clock?: Clock;
  /**
   * Enforce chat.postMessage's per-channel limit (Slack: about 1 a second, bursts tolerated), answering 429
   * with Retry-After in whole seconds as Slack does. Example: `{ perSecond: 1, burst: 3 }`. Default: none.
   */
  postRateLimit?: { perSecond: number; burst: number };
  /** Largest conversations.history page: 15 is Slack's cap for non-Marketplace apps since 2025. Default 999. */
  historyMaxLimit?: number;
  /** Seeded random faults on `methods` (default chat.postMessage), after scripted failures and before rate limits. */
  chaos?: ChaosOptions & { methods?: string[] };
}

export class FakeSlack {
  readonly requests: SlackRequest[] = [];
  /** Frames the Socket Mode client sent (envelope acks), parsed. */
  readonly socketFrames: Record<string, unknown>[] = [];
  readonly #failures = new Map<string, SlackFailure[]>();
  readonly #server: Server;
  readonly #sockets = new WebSocketServer({ noServer: true });
  readonly #channels = new SlackChannels();
  readonly #clock: Clock;
  readonly #postLimit: TokenBucket | undefined;
  readonly #chaos: Chaos | undefined;
  #origin = "";
  #holding = false;
  readonly #held: Array<() => void> = [];

  private constructor(private readonly options: FakeSlackOptions) {
    this.#clock = options.clock ?? Date.now;
    this.#postLimit = options.postRateLimit && new TokenBucket(options.postRateLimit.perSecond, options.postRateLimit.burst, this.#clock);
    this.#chaos = options.chaos && new Chaos(options.chaos);
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on("upgrade", (req, socket, head) => {
      this.#sockets.handleUpgrade(req, socket, head, (ws) => this.#connect(ws));
    });
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, "127.0.0.1", resolve));
    fake.#origin = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  /** The `slackApiUrl` to give the client. */
  get apiUrl(): string {
    return `${this.#origin}/api/`;
  }

  /** A response_url whose posts are recorded under `id`. */
  responseUrl(id: string): string {
    return `${this.#origin}/respond/${id}`;
  }

  /** What was posted to the response_url `id`, in order. */
  responses(id: string): SlackRequest[] {
    return this.requests.filter((r) => r.path === `/respond/${id}`);
  }

  calls(method: string): SlackRequest[] {
    return this.requests.filter((r) => r.method === method);
  }

  /** Answers the next `times` calls of `method` with `failure` instead of success. */
  failNext(method: string, failure: SlackFailure, times = 1): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...Array<SlackFailure>(times).fill(failure)]);
  }

  /**
   * From now on chat.postMessage keeps the message (it is in `messages()` and the history) but holds its
   * answer until `releaseHeld()`: the moment a bot process can die after Slack accepted a post, before it
   * heard so.
   */
  holdPostAnswers(): void {
    this.#holding = true;
  }

  /** Sends the held answers (to whoever is still connected) and stops holding. */
  releaseHeld(): void {
    this.#holding = false;
    for (const release of this.#held.splice(0)) release();
  }

  /** Deletes a channel, removes the bot from it, or archives it: later calls get Slack's answer for that. */
  setChannelState(channel: string, state: SlackChannelState): void {
    this.#channels.setState(channel, state);
  }

  /** The messages the bot posted to `channel` and Slack kept (with metadata), oldest first. */
  messages(channel: string): StoredSlackMessage[] {
    return this.#channels.messages(channel);
  }

  /** Sends a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const ws of this.#sockets.clients) ws.send(JSON.stringify(envelope));
  }

  get socketClients(): number {
    return this.#sockets.clients.size;
  }

  async close(): Promise<void> {
    // A clean close handshake, so a client still finishing its own disconnect sees no error.
    await Promise.all([...this.#sockets.clients].map((ws) => closeSocket(ws)));
    this.#sockets.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", this.#origin).pathname;
    const method = path.startsWith("/api/") ? path.slice("/api/".length) : path.startsWith("/respond/") ? "response_url" : path;
    const request: SlackRequest = { method, path, body: parseBody(raw, req.headers["content-type"]), status: 200 };
    if (req.headers.authorization) request.authorization = req.headers.authorization;
    this.requests.push(request);
    const answer = this.#answer(method, request);
    request.status = answer.status;
    if (this.#holding && method === "chat.postMessage" && answer.status === 200) await new Promise<void>((resolve) => this.#held.push(resolve));
    if (res.destroyed) return;
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }

  #answer(method: string, request: SlackRequest): Answer {
    const failure = this.#failures.get(method)?.shift();
    if (failure && "rateLimitSeconds" in failure) return rateLimited(failure.rateLimitSeconds);
    if (failure) return { status: 200, body: { ok: false, error: failure.error } };
    const fault = (this.options.chaos?.methods ?? ["chat.postMessage"]).includes(method) ? this.#chaos?.next() : undefined;
    if (fault === "429") return rateLimited(this.#chaos?.retryAfterSeconds ?? 1);
    if (fault === "500") return SERVER_ERROR;
    switch (method) {
      case "auth.test":
        return { status: 200, body: { ok: true, url: "https://fake.slack.test/", team: "Fake", user: "newsbrief", team_id: FAKE_TEAM, user_id: BOT.user, bot_id: BOT.bot_id } };
      case "chat.postMessage":
        return this.#postMessage(request.body, fault === "500-after-commit");
      case "conversations.history":
        return this.#history(request.body);
      case "apps.connections.open":
        return { status: 200, body: { ok: true, url: `${this.#origin.replace("http:", "ws:")}/link/?ticket=fake` } };
      case "response_url":
        return { status: 200, body: { ok: true } };
      default:
        return { status: 200, body: { ok: false, error: "unknown_method" } };
    }
  }

  #postMessage(body: Record<string, unknown>, loseResponse: boolean): Answer {
    const channel = String(body.channel ?? "");
    const error = this.#channels.postError(channel);
    if (error) return { status: 200, body: { ok: false, error } };
    const wait = this.#postLimit?.take(channel) ?? 0;
    if (wait > 0) return rateLimited(Math.ceil(wait));
    const message = this.#channels.post(channel, body, this.#clock());
    if (loseResponse) return SERVER_ERROR;
    return { status: 200, body: { ok: true, channel, ts: message.ts, message } };
  }

  #history(body: Record<string, unknown>): Answer {
    const channel = String(body.channel ?? "");
    const error = this.#channels.historyError(channel);
    if (error) return { status: 200, body: { ok: false, error } };
    const limit = Math.min(Number(body.limit ?? 100) || 100, this.options.historyMaxLimit ?? 999);
    const oldest = body.oldest === undefined ? undefined : Number(body.oldest);
    const latest = body.latest === undefined ? undefined : Number(body.latest);
    const includeMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
    const page = this.#channels.history(channel, { limit, includeMetadata, ...(oldest === undefined ? {} : { oldest }), ...(latest === undefined ? {} : { latest }) });
    return { status: 200, body: { ok: true, ...page, pin_count: 0 } };
  }

  #connect(ws: WebSocket): void {
    ws.on("message", (data) => {
      try {
        this.socketFrames.push(JSON.parse(String(data)) as Record<string, unknown>);
      } catch {
        this.socketFrames.push({ unparsed: String(data) });
      }
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: { host: "fake" } }));
  }
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const SERVER_ERROR: Answer = { status: 500, body: { ok: false, error: "internal_error" } };

/** Slack's 429: whole seconds in Retry-After. */
function rateLimited(seconds: number): Answer {
  return { status: 429, headers: { "retry-after": String(seconds) }, body: { ok: false, error: "ratelimited" } };
}

function closeSocket(ws: WebSocket): Promise<void> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ws.terminate();
      resolve();
    }, 200);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    if (ws.readyState === ws.OPEN) ws.close(1000);
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return body;
}
