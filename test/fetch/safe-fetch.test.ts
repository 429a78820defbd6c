import { brotliCompressSync, deflateRawSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/fetch/fetch-error.js";
import type { Resolver } from "../../src/fetch/guarded-lookup.js";
import { safeFetch } from "../../src/fetch/safe-fetch.js";
import { FakeFeedServer } from "../fakes/feed-server.js";

let server: FakeFeedServer;
let port: string;
const local = { allow: ["127.0.0.1"] };
/** Test names: "feed.test" is our server, "evil.test" a name that resolves to a private address. */
const resolver: Resolver = async (hostname) => {
  if (hostname === "feed.test") return [{ address: "127.0.0.1", family: 4 }];
  if (hostname === "evil.test") return [{ address: "10.0.0.5", family: 4 }];
  if (hostname === "mixed.test") return [{ address: "93.184.216.34", family: 4 }, { address: "::ffff:169.254.169.254", family: 6 }];
  if (hostname === "hang.test") return new Promise(() => undefined);
  throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
};

const failure = async (promise: Promise<unknown>): Promise<FetchError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
};

beforeAll(async () => {
  server = await FakeFeedServer.start();
  port = new URL(server.origin).port;
  server
    .route("/ok", { headers: { "content-type": "text/plain; charset=utf-8" }, body: "hello" })
    .route("/hop", { status: 302, headers: { location: "/ok" } })
    .route("/loop", { status: 301, headers: { location: "/loop" } })
    .route("/to-private", { status: 302, headers: { location: "http://10.0.0.5/admin" } })
    .route("/to-metadata", { status: 307, headers: { location: "http://[::ffff:169.254.169.254]/latest/meta-data/" } })
    .route("/to-loopback", { status: 302, headers: { location: `http://127.0.0.1:${port}/ok` } })
    .route("/to-file", { status: 302, headers: { location: "file:///etc/passwd" } })
    .route("/slow", { delayMs: 3_000, body: "late" })
    .route("/endless", { streamBytes: 64 * 1024 * 1024 })
    .route("/declared-big", { headers: { "content-length": String(10 * 1024 * 1024) }, body: "x" })
    .route("/gzip", { gzip: true, headers: { "content-type": "text/html" }, body: "<p>compressed</p>" })
    .route("/brotli", { headers: { "content-encoding": "br" }, body: brotliCompressSync(Buffer.from("brotli body")) })
    .route("/raw-deflate", { headers: { "content-encoding": "deflate" }, body: deflateRawSync(Buffer.from("raw deflate body")) })
    .route("/bomb", { headers: { "content-encoding": "gzip" }, body: gzipSync(Buffer.alloc(50 * 1024 * 1024)) })
    .route("/etag", { etag: '"v1"', lastModified: "Mon, 02 Sep 2024 10:00:00 GMT", body: "feed v1" })
    .route("/error", { status: 500, body: "oops" })
    .route("/busy", { status: 503, headers: { "retry-after": "120" } });
  for (let i = 1; i <= 5; i++) server.route(`/chain${i}`, { status: 302, headers: { location: i === 5 ? "/ok" : `/chain${i + 1}` } });
});
afterAll(() => server.close());

describe("safeFetch: where it may connect", () => {
  it("refuses a literal loopback address without the allow-list, before sending anything", async () => {
    const before = server.requests.length;
    const error = await failure(safeFetch(server.url("/ok")));
    expect(error.message).toBe("refused: 127.0.0.1 is a loopback address");
    expect(error.reason).toBe("refused");
    expect(server.requests.length).toBe(before);
  });

  it("refuses literal private, metadata and mapped IPv6 addresses", async () => {
    expect((await failure(safeFetch("http://10.0.0.5/"))).message).toBe("refused: 10.0.0.5 is a private address");
    expect((await failure(safeFetch("http://169.254.169.254/latest/meta-data/"))).message).toBe("refused: 169.254.169.254 is a cloud metadata address");
    expect((await failure(safeFetch("http://[::ffff:127.0.0.1]:9/"))).message).toBe("refused: 127.0.0.1 is a loopback address");
    expect((await failure(safeFetch("http://[fd00:ec2::254]/"))).message).toBe("refused: fd00:ec2::254 is a cloud metadata address");
    expect((await failure(safeFetch("http://0x7f.1/"))).message).toBe("refused: 127.0.0.1 is a loopback address");
    expect((await failure(safeFetch("http://2130706433/"))).message).toBe("refused: 127.0.0.1 is a loopback address");
  });

  it("fetches 127.0.0.1 when the allow-list says so", async () => {
    const page = await safeFetch(server.url("/ok"), { policy: local });
    expect(Buffer.from(page.body).toString()).toBe("hello");
    expect(page.status).toBe(200);
    expect(page.contentType).toBe("text/plain; charset=utf-8");
  });

  it("checks the addresses a name resolves to, at connect time", async () => {
    const evil = await failure(safeFetch("http://evil.test/", { resolver }));
    expect(evil.message).toBe("refused: evil.test resolves to 10.0.0.5, a private address");
    // One bad address among good ones refuses the name (the rebinding trick of a public + a private record).
    const mixed = await failure(safeFetch("http://mixed.test/", { resolver }));
    expect(mixed.message).toBe("refused: mixed.test resolves to 169.254.169.254, a cloud metadata address");
    expect((await failure(safeFetch("http://feed.test:9/", { resolver }))).message).toBe("refused: feed.test resolves to 127.0.0.1, a loopback address");
  });

  it("an allowed host name may resolve to a private address, and the Host header keeps the name", async () => {
    const page = await safeFetch(`http://feed.test:${port}/ok`, { resolver, policy: { allow: ["feed.test"] } });
    expect(Buffer.from(page.body).toString()).toBe("hello");
    expect(server.requests.at(-1)?.headers.host).toBe(`feed.test:${port}`);
  });

  it("re-checks every redirect: scheme and address", async () => {
    expect((await failure(safeFetch(server.url("/to-private"), { policy: local }))).message).toBe("refused: 10.0.0.5 is a private address");
    expect((await failure(safeFetch(server.url("/to-metadata"), { policy: local }))).message).toBe("refused: 169.254.169.254 is a cloud metadata address");
    const viaName = await failure(safeFetch(`http://feed.test:${port}/to-loopback`, { resolver, policy: { allow: ["feed.test"] } }));
    expect(viaName.message).toBe("refused: 127.0.0.1 is a loopback address");
    const file = await failure(safeFetch(server.url("/to-file"), { policy: local }));
    expect(file.message).toBe("refused: the server redirected to a file link; only http and https can be fetched");
  });

  it("refuses other schemes and invalid URLs", async () => {
    expect((await failure(safeFetch("ftp://example.com/x"))).message).toBe("only http and https links can be fetched, not ftp");
    expect((await failure(safeFetch("not a url"))).reason).toBe("invalid-url");
  });
});

describe("safeFetch: redirects, time and bytes", () => {
  it("follows up to 5 redirects and reports the final URL", async () => {
    expect((await safeFetch(server.url("/hop"), { policy: local })).url).toBe(server.url("/ok"));
    expect((await safeFetch(server.url("/chain1"), { policy: local })).url).toBe(server.url("/ok"));
    const before = server.requestsTo("/loop").length;
    const error = await failure(safeFetch(server.url("/loop"), { policy: local }));
    expect(error.message).toBe("too many redirects (more than 5)");
    expect(server.requestsTo("/loop").length - before).toBe(6);
  });

  it("gives up on a slow server and on a name that never resolves", async () => {
    expect((await failure(safeFetch(server.url("/slow"), { policy: local, timeoutMs: 300 }))).message).toBe("the server took too long to answer");
    const hang = await failure(safeFetch("http://hang.test/", { resolver, connectTimeoutMs: 200 }));
    expect(hang.message).toBe("the server did not accept a connection within 200 ms");
    expect(hang.reason).toBe("timeout");
  });

  it("cuts a huge body off at the cap, declared or streamed", async () => {
    const endless = await failure(safeFetch(server.url("/endless"), { policy: local, maxBytes: 1024 * 1024 }));
    expect(endless.message).toBe("the page is over the 1.0 MB limit");
    expect(endless.reason).toBe("too-large");
    const declared = await failure(safeFetch(server.url("/declared-big"), { policy: local, maxBytes: 1024 * 1024 }));
    expect(declared.message).toBe("the page is 10.0 MB, over the 1.0 MB limit");
  });

  it("decodes gzip, brotli and raw deflate, and caps the decoded size (zip bombs)", async () => {
    expect(Buffer.from((await safeFetch(server.url("/gzip"), { policy: local })).body).toString()).toBe("<p>compressed</p>");
    expect(Buffer.from((await safeFetch(server.url("/brotli"), { policy: local })).body).toString()).toBe("brotli body");
    expect(Buffer.from((await safeFetch(server.url("/raw-deflate"), { policy: local })).body).toString()).toBe("raw deflate body");
    expect(server.requestsTo("/gzip").at(-1)?.headers["accept-encoding"]).toBe("gzip, deflate, br");
    const bomb = await failure(safeFetch(server.url("/bomb"), { policy: local, maxBytes: 1024 * 1024 }));
    expect(bomb.message).toBe("the page is over the 1.0 MB limit once decompressed");
  });
});

describe("safeFetch: conditional GET and errors", () => {
  it("sends the validators it is given and returns 304 with an empty body", async () => {
    const first = await safeFetch(server.url("/etag"), { policy: local });
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe("Mon, 02 Sep 2024 10:00:00 GMT");
    const again = await safeFetch(server.url("/etag"), { policy: local, etag: first.etag, lastModified: first.lastModified });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(server.requestsTo("/etag").at(-1)?.headers["if-none-match"]).toBe('"v1"');
    expect(server.requestsTo("/etag").at(-1)?.headers["if-modified-since"]).toBe("Mon, 02 Sep 2024 10:00:00 GMT");
  });

  it("reports error statuses with the status and Retry-After", async () => {
    const error = await failure(safeFetch(server.url("/error"), { policy: local }));
    expect(error.message).toBe("the server answered 500 Internal Server Error");
    expect(error.status).toBe(500);
    const busy = await failure(safeFetch(server.url("/busy"), { policy: local }));
    expect(busy.retryAfterMs).toBe(120_000);
    expect((await failure(safeFetch(server.url("/missing"), { policy: local }))).status).toBe(404);
  });

  it("says plainly when nothing listens", async () => {
    expect((await failure(safeFetch("http://127.0.0.1:9/", { policy: local }))).message).toBe("the server refused the connection");
    expect((await failure(safeFetch("http://nowhere.test/", { resolver }))).message).toBe("the host name could not be resolved");
  });
});
