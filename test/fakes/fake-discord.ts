import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeDiscordGateway } from "./fake-discord-gateway.js";
import { messageObject } from "./fake-discord-payloads.js";

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
}

/** A scripted failure for the next channel posts. */
export type PostFailure = { status: 429; retryAfterSeconds: number } | { status: 403 | 404; code: number; message: string };

const API = "/api/v10";

/**
 * A local Discord: REST on node:http (gateway discovery, interaction callbacks, webhook edits and
 * follow-ups, channel posts, command registration) and a ws gateway. Records every request.
 */
export class FakeDiscord {
  readonly requests: DiscordRequest[] = [];
  readonly applicationId = "100000000000000001";
  readonly #channels: Set<string>;
  readonly #failures: PostFailure[] = [];
  readonly #waiters = new Set<() => void>();
  /** Interaction token -> channel, so edits and follow-ups land in the channel the command came from. */
  readonly #interactionChannels = new Map<string, string>();
  #nextId = 700000000000000000n;

  private constructor(
    private readonly server: Server,
    readonly gateway: FakeDiscordGateway,
    channels: readonly string[],
  ) {
    this.#channels = new Set(channels);
    server.on("request", (req: IncomingMessage, res: ServerResponse) => this.#receive(req, res));
  }

  /** Starts REST and gateway on free ports of 127.0.0.1; posts are accepted only in `channels`. */
  static async start(options: { channels: readonly string[]; heartbeatMs?: number }): Promise<FakeDiscord> {
    const gateway = await FakeDiscordGateway.start({ applicationId: "100000000000000001", heartbeatMs: options.heartbeatMs ?? 1_000 });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new FakeDiscord(server, gateway, options.channels);
  }

  /** The REST base to give the client (`DISCORD_API_URL`): "http://127.0.0.1:<port>/api". */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Answers the next `count` channel posts with `failure` instead of creating the message. */
  failNextPosts(count: number, failure: PostFailure): void {
    for (let i = 0; i < count; i++) this.#failures.push(failure);
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
      const answer = this.#route(request);
      request.status = answer.status;
      this.requests.push(request);
      for (const wake of [...this.#waiters]) wake();
      this.#waiters.clear();
      res.writeHead(answer.status, answer.body === undefined ? answer.headers : { "content-type": "application/json", ...answer.headers });
      res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    });
  }

  #route(request: DiscordRequest): { status: number; body?: unknown; headers?: Record<string, string> } {
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
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && Array.isArray(request.body)) {
      return { status: 200, body: request.body.map((command: object) => ({ ...command, id: this.#id(), application_id: this.applicationId, version: "1" })) };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  #channelPost(request: DiscordRequest, channelId: string, body: Record<string, unknown>): { status: number; body?: unknown; headers?: Record<string, string> } {
    const failure = this.#failures.shift();
    if (failure?.status === 429) {
      const wait = failure.retryAfterSeconds;
      return {
        status: 429,
        headers: { "retry-after": String(wait), "x-ratelimit-scope": "user" },
        body: { message: "You are being rate limited.", retry_after: wait, global: false },
      };
    }
    if (failure) return { status: failure.status, body: { message: failure.message, code: failure.code } };
    if (!this.#channels.has(channelId)) return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
    return this.#message(request, channelId, body);
  }

  #message(request: DiscordRequest, channelId: string, body: Record<string, unknown>): { status: number; body: unknown } {
    request.messageId = this.#id();
    return { status: 200, body: messageObject(request.messageId, channelId, this.applicationId, body) };
  }

  #id(): string {
    this.#nextId += 1n;
    return this.#nextId.toString();
  }
}
