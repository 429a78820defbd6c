import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { FetchError, formatBytes } from "./fetch-error.js";

export interface RequestOnceOptions {
  headers: Record<string, string>;
  /** Resolves and checks the destination; see createGuardedLookup. */
  lookup: LookupFunction;
  /** Aborts everything (the total time limit across redirects). */
  signal: AbortSignal;
  /** From the start of the request until the TCP connection is up (DNS included). */
  connectTimeoutMs: number;
  /** Cap on the raw (possibly compressed) body. */
  maxBytes: number;
  /** Whether this status's body is wanted; redirects, 304 and errors are answered from the head alone. */
  wantsBody: (status: number) => boolean;
}

export interface RawResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** The body as sent (still content-encoded); empty when not wanted. */
  body: Buffer;
}

/**
 * One GET, no redirects followed. A fresh connection every time (`agent: false`): a pooled keep-alive
 * socket could have been opened by code that never went through the guarded lookup. The body is
 * streamed and the request destroyed as soon as it passes the cap.
 */
export function requestOnce(url: URL, options: RequestOnceOptions): Promise<RawResponse> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const settle = (error: unknown, response?: RawResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      if (response !== undefined) resolve(response);
      else reject(toFetchError(error, url.href, options.signal));
    };
    const request = transport.request(
      url,
      { method: "GET", headers: options.headers, lookup: options.lookup, agent: false, signal: options.signal },
      (response) => {
        clearTimeout(connectTimer);
        const status = response.statusCode ?? 0;
        const head = { status, statusText: response.statusMessage ?? "", headers: response.headers };
        if (!options.wantsBody(status)) {
          response.destroy();
          return settle(undefined, { ...head, body: Buffer.alloc(0) });
        }
        readCapped(response, options.maxBytes, url.href).then(
          (body) => settle(undefined, { ...head, body }),
          (error: unknown) => {
            request.destroy();
            settle(error);
          },
        );
      },
    );
    request.on("error", (error) => settle(error));
    request.on("socket", (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => {
        const ms = options.connectTimeoutMs;
        const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
        request.destroy(new FetchError(url.href, `the server did not accept a connection within ${limit}`, { reason: "timeout" }));
      }, options.connectTimeoutMs);
      socket.once("connect", () => clearTimeout(connectTimer));
    });
    request.end();
  });
}

function readCapped(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = (): FetchError => new FetchError(url, `the page is over the ${formatBytes(maxBytes)} limit`, { reason: "too-large" });
  const declared = Number(response.headers["content-length"] ?? "0");
  if (declared > maxBytes) {
    response.destroy();
    const error = new FetchError(url, `the page is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`, { reason: "too-large" });
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) return void chunks.push(chunk);
      reject(tooLarge()); // before destroy(), whose "aborted" would otherwise be the reason given
      response.destroy();
    });
    response.on("end", () => resolve(Buffer.concat(chunks, total)));
    response.on("error", reject);
    response.on("aborted", () => reject(new Error("the connection was closed before the page was complete")));
  });
}

/** Node's network errors in plain words. */
function toFetchError(error: unknown, url: string, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError(url, "the server took too long to answer", { reason: "timeout" });
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const message = NETWORK_MESSAGES[code];
  if (message !== undefined) return new FetchError(url, message);
  if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "DEPTH_ZERO_SELF_SIGNED_CERT") {
    return new FetchError(url, `the server's certificate could not be verified (${code})`);
  }
  return new FetchError(url, `the page could not be fetched (${code || (error instanceof Error ? error.message : "network error")})`);
}

const NETWORK_MESSAGES: Record<string, string> = {
  ENOTFOUND: "the host name could not be resolved",
  EAI_AGAIN: "the host name could not be resolved",
  ECONNREFUSED: "the server refused the connection",
  ECONNRESET: "the connection was reset",
  EHOSTUNREACH: "the server could not be reached",
  ENETUNREACH: "the server could not be reached",
  HPE_INVALID_CONSTANT: "the server's answer is not valid HTTP",
};
