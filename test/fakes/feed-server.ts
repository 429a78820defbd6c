import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** What the server received: tests assert on it (conditional headers, how often a page was fetched). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** One canned answer. */
export interface FakeResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answer 304 when the request's If-None-Match equals this; sent as ETag otherwise. */
  etag?: string;
  /** Answer 304 when the request's If-Modified-Since equals this; sent as Last-Modified otherwise. */
  lastModified?: string;
  /** Wait this long before answering, in milliseconds. */
  delayMs?: number;
  /** Send the body gzip-compressed, with Content-Encoding: gzip. */
  gzip?: boolean;
  /** Stream this many bytes of filler without a Content-Length (a huge or endless response). */
  streamBytes?: number;
}

export type FakeRoute = FakeResponse | ((request: RecordedRequest) => FakeResponse);

/**
 * A real node:http server on 127.0.0.1 serving canned feeds and pages, recording every request.
 * Routes can be changed between polls (`route()`), so a test can make a feed change, fail or redirect.
 */
export class FakeFeedServer {
  readonly requests: RecordedRequest[] = [];
  readonly #routes = new Map<string, FakeRoute>();
  readonly #timers = new Set<NodeJS.Timeout>();

  readonly #server: Server;
  #origin = "";

  private constructor() {
    this.#server = createServer((req, res) => this.#handle(req, res));
  }

  /** Starts a server on a free port of 127.0.0.1. */
  static async start(): Promise<FakeFeedServer> {
    const fake = new FakeFeedServer();
    await new Promise<void>((resolve) => fake.#server.listen(0, "127.0.0.1", resolve));
    fake.#origin = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  /** "http://127.0.0.1:<port>" */
  get origin(): string {
    return this.#origin;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const request: RecordedRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers };
    this.requests.push(request);
    const route = this.#routes.get(request.path);
    if (route === undefined) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    const answer = typeof route === "function" ? route(request) : route;
    if (answer.delayMs === undefined) return respond(request, answer, res);
    this.#timers.add(setTimeout(() => respond(request, answer, res), answer.delayMs));
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  route(path: string, route: FakeRoute): this {
    this.#routes.set(path, route);
    return this;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function respond(request: RecordedRequest, answer: FakeResponse, res: ServerResponse): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.etag !== undefined) headers.etag = answer.etag;
  if (answer.lastModified !== undefined) headers["last-modified"] = answer.lastModified;
  const matchesEtag = answer.etag !== undefined && request.headers["if-none-match"] === answer.etag;
  const matchesDate = answer.lastModified !== undefined && request.headers["if-modified-since"] === answer.lastModified;
  if (matchesEtag || matchesDate) return void res.writeHead(304, headers).end();
  if (answer.streamBytes !== undefined) return streamFiller(res, answer.status ?? 200, headers, answer.streamBytes);
  let body = typeof answer.body === "string" ? Buffer.from(answer.body) : (answer.body ?? Buffer.alloc(0));
  if (answer.gzip === true) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(answer.status ?? 200, headers).end(body);
}

/** Writes filler in 64 KB chunks, respecting backpressure, until done or the client hangs up. */
function streamFiller(res: ServerResponse, status: number, headers: Record<string, string>, total: number): void {
  res.writeHead(status, headers);
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const write = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", write);
    }
    if (!res.destroyed) res.end();
  };
  res.on("close", () => (sent = total));
  write();
}
