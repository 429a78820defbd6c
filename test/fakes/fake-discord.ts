import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Chaos, type ChaosOptions } from "./chaos.js";
import { DiscordChannels, type DiscordChannelState, type StoredDiscordMessage } from "./fake-discord-channels.js";
import { FakeDiscordGateway } from "./fake-discord-gateway.js";
import { messageObject } from "./fake-discord-payloads.js";
import { FixedWindow, type Clock, type WindowState } from "./rate-limit.js";

export type { DiscordChannelState, StoredDiscordMessage } from "./fake-discord-channels.js";

/** One request the fake REST received, body parsed. */
export interface DiscordRequest {
  method: string;
  /** Decoded path without `/api/v10` ("/channels/1/messages", "/webhooks/1/tok/messages/@original"). */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** `Date.now()` when the request arrived. */
  at: number;
  status: number;
  /** The message id the fake assigned, for message creates and edits. */
  messageId?: string;
  /** For a 429: which limit answered ("global", "user" or "shared"), as X-RateLimit-Scope says. */
  rateLimitScope?: string;
}

/** A scripted failure for the next channel posts. */
export type PostFailure = { status: 429; retryAfterSeconds: number } | { status: 403 | 404; code: number; message: string };

const API = "/api/v10";

/** Everything optional: without options the fake creates every message at once, as before. */
export interface FakeDiscordOptions {
  /** Channels that exist and that the bot may post in; any other channel id answers 404 10003. */
  channels: readonly string[];
  heartbeatMs?: number;
  /** Time for the nonce window, rate-limit windows and message timestamps. Default `Date.now`. */
  clock?: Clock;
  /** How long a nonce with enforce_nonce returns the earlier message ("the past few minutes"). Default 5 minutes. */
  nonceWindowMs?: number;
  /** Return `nonce` when messages are read back (Discord does not keep it). Default false. */
  historyIncludesNonce?: boolean;
  /**
   * Enforce the per-channel message bucket (Discord: 5 messages per 5 s per channel) with X-RateLimit-* headers
   * on every channel post and 429 + retry_after beyond it, as @discordjs/rest expects. Default: none.
   */
  channelRateLimit?: { limit: number; windowMs: number };
  /**
   * Discord's global limit: `perSecond` requests a second per bot token (the Authorization header; the IP
   * without one) on every route but interaction callbacks and webhooks, which Discord exempts. Beyond it: 429
   * with `global: true`, X-RateLimit-Global and X-RateLimit-Scope: global. Clients sharing a token (several bot
   * instances) share the budget, as they do on Discord. Checked before the per-channel bucket. Default: none.
   */
  globalRateLimit?: { perSecond: number };
  /** Seeded random faults on channel posts, after scripted failures and before rate limits. */
  chaos?: ChaosOptions;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A local Discord: REST on node:http (gateway discovery, interaction callbacks, webhook edits and
 * follow-ups, channel posts, command registration) and a ws gateway. Records every request.
 */
export class FakeDiscord {
  readonly requests: DiscordRequest[] = [];
  readonly applicationId = "100000000000000001";
  readonly #channels: DiscordChannels;
  readonly #clock: Clock;
  readonly #limiter: FixedWindow | undefined;
  readonly #globalLimiter: FixedWindow | undefined;
  readonly #chaos: Chaos | undefined;
  readonly #failures: PostFailure[] = [];
  readonly #waiters = new Set<() => void>();
  /** Interaction token -> channel, so edits and follow-ups land in the channel the command came from. */
  readonly #interactionChannels = new Map<string, string>();
  #nextId = 700000000000000000n;

  private constructor(
    private readonly server: Server,
    readonly gateway: FakeDiscordGateway,
    private readonly options: FakeDiscordOptions,
  ) {
    this.#clock = options.clock ?? Date.now;
    this.#channels = new DiscordChannels(options.channels, this.applicationId, options.nonceWindowMs ?? 5 * 60_000);
    this.#limiter = options.channelRateLimit && new FixedWindow(options.channelRateLimit.limit, options.channelRateLimit.windowMs, this.#clock);
    // A one-second window opened by the first request, the way @discordjs/rest counts its own 50 a second.
    this.#globalLimiter = options.globalRateLimit && new FixedWindow(options.globalRateLimit.perSecond, 1_000, this.#clock);
    this.#chaos = options.chaos && new Chaos(options.chaos);
    server.on("request", (req: IncomingMessage, res: ServerResponse) => this.#receive(req, res));
  }

  /** Starts REST and gateway on free ports of 127.0.0.1; posts are accepted only in `channels`. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const gateway = await FakeDiscordGateway.start({ applicationId: "100000000000000001", heartbeatMs: options.heartbeatMs ?? 1_000 });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new FakeDiscord(server, gateway, options);
  }

  /** The REST base to give the client (`DISCORD_API_URL`): "http://127.0.0.1:<port>/api". */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Answers the next `count` channel posts with `failure` instead of creating the message. */
  failNextPosts(count: number, failure: PostFailure): void {
    for (let i = 0; i < count; i++) this.#failures.push(failure);
  }

  /**
   * Deletes a channel (404 10003), takes the bot's access away (403 50001), takes only Read Message History
   * away (reads 403 50013), or restores or adds it ("active").
   */
  setChannelState(channelId: string, state: DiscordChannelState): void {
    this.#channels.setState(channelId, state);
  }

  /** The messages created in a channel by channel posts (not interaction replies), oldest first. */
  messages(channelId: string): StoredDiscordMessage[] {
    return this.#channels.messages(channelId);
  }

  /** Sends INTERACTION_CREATE through the gateway, as Discord does when a user runs a command or presses a button. */
  dispatchInteraction(interaction: Record<string, unknown>): void {
    this.#interactionChannels.set(String(interaction.token), String(interaction.channel_id));
    this.gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  /** Resolves with the first recorded request matching `predicate`, waiting for it up to `timeoutMs`. */
  async waitFor(predicate: (request: DiscordRequest) => boolean, timeoutMs = 10_000): Promise<DiscordRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Discord: no matching request within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        this.#waiters.add(done);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.gateway.close();
  }

  #receive(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const text = Buffer.concat(chunks).toString("utf8");
      const request: DiscordRequest = {
        method: req.method ?? "GET",
        path: decodeURIComponent(url.pathname.startsWith(API) ? url.pathname.slice(API.length) : url.pathname),
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: text && req.headers["content-type"]?.includes("json") ? JSON.parse(text) : text || undefined,
        at: Date.now(),
        status: 200,
      };
      const answer = this.#overGlobalLimit(request) ?? this.#route(request);
      request.status = answer.status;
      const scope = answer.status === 429 ? answer.headers?.["x-ratelimit-scope"] : undefined;
      if (scope !== undefined) request.rateLimitScope = scope;
      this.requests.push(request);
      for (const wake of [...this.#waiters]) wake();
      this.#waiters.clear();
      res.writeHead(answer.status, answer.body === undefined ? answer.headers : { "content-type": "application/json", ...answer.headers });
      res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    });
  }

  /** The global 429 when the request's token has used up this second's budget; undefined when it may go on. */
  #overGlobalLimit(request: DiscordRequest): Answer | undefined {
    if (this.#globalLimiter === undefined || /^\/(interactions|webhooks)\//.test(request.path)) return undefined;
    const window = this.#globalLimiter.hit(request.headers.authorization ?? "unauthenticated");
    if (window.allowed) return undefined;
    // Discord's example: "Retry-After: 65" beside "retry_after": 64.57. The header carries whole seconds, and
    // @discordjs/rest reads the header, so a globally limited client pauses at least a second.
    return {
      status: 429,
      headers: { "retry-after": String(Math.max(1, Math.ceil(window.resetAfter))), "x-ratelimit-global": "true", "x-ratelimit-scope": "global" },
      body: { message: "You are being rate limited.", retry_after: Number(window.resetAfter.toFixed(3)), global: true },
    };
  }

  #route(request: DiscordRequest): Answer {
    const { method, path } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (method === "GET" && path === "/gateway/bot") {
      return { status: 200, body: { url: this.gateway.url, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === "GET" && path === "/users/@me") return { status: 200, body: { id: this.applicationId, username: "newsbrief", discriminator: "0", bot: true } };
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook?.[2] !== undefined && (method === "PATCH" || method === "POST")) {
      const channelId = this.#interactionChannels.get(webhook[2]);
      if (channelId === undefined) return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
      return this.#message(request, channelId, body);
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel?.[1] !== undefined && method === "POST") return this.#channelPost(request, channel[1], body);
    if (channel?.[1] !== undefined && method === "GET") {
      const error = this.#channels.readError(channel[1]);
      return error ?? { status: 200, body: this.#channels.history(channel[1], request.query, this.options.historyIncludesNonce === true) };
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && Array.isArray(request.body)) {
      return { status: 200, body: request.body.map((command: object) => ({ ...command, id: this.#id(), application_id: this.applicationId, version: "1" })) };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  #channelPost(request: DiscordRequest, channelId: string, body: Record<string, unknown>): Answer {
    const failure = this.#failures.shift();
    if (failure?.status === 429) return rateLimited(failure.retryAfterSeconds, "user");
    if (failure) return { status: failure.status, body: { message: failure.message, code: failure.code } };
    const error = this.#channels.error(channelId);
    if (error) return error;
    const fault = this.#chaos?.next();
    if (fault === "429") return rateLimited(this.#chaos?.retryAfterSeconds ?? 1, "shared");
    if (fault === "500") return SERVER_ERROR;
    const window = this.#limiter?.hit(channelId);
    const headers = window ? bucketHeaders(channelId, window) : {};
    if (window && !window.allowed) {
      const limited = rateLimited(window.resetAfter, "user");
      return { ...limited, headers: { ...limited.headers, ...headers } };
    }
    const now = this.#clock();
    const stored = this.#channels.duplicate(channelId, body, now) ?? this.#channels.create(channelId, this.#id(), body, now);
    request.messageId = String(stored.message.id);
    if (fault === "500-after-commit") return SERVER_ERROR;
    return { status: 200, body: stored.message, headers };
  }

  #message(request: DiscordRequest, channelId: string, body: Record<string, unknown>): Answer {
    request.messageId = this.#id();
    return { status: 200, body: messageObject(request.messageId, channelId, this.applicationId, body) };
  }

  #id(): string {
    this.#nextId += 1n;
    return this.#nextId.toString();
  }
}

const SERVER_ERROR: Answer = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };

/** Discord's 429: seconds in the body (fractions allowed) and in Retry-After. */
function rateLimited(seconds: number, scope: "user" | "shared"): Answer {
  return {
    status: 429,
    headers: { "retry-after": String(seconds), "x-ratelimit-scope": scope },
    body: { message: "You are being rate limited.", retry_after: seconds, global: false },
  };
}

/** The bucket headers Discord sends on every response of a rate-limited route. */
function bucketHeaders(channelId: string, window: WindowState): Record<string, string> {
  return {
    "x-ratelimit-limit": String(window.limit),
    "x-ratelimit-remaining": String(window.remaining),
    "x-ratelimit-reset": window.reset.toFixed(3),
    "x-ratelimit-reset-after": window.resetAfter.toFixed(3),
    "x-ratelimit-bucket": `channel-messages-${channelId}`,
  };
}
