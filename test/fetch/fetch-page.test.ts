import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "../../src/fetch/fetch-page.js";

let server: Server;
let base: string;

// The test server is on loopback, which the default policy refuses.
const local = { allow: ["127.0.0.1"] };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") res.writeHead(200, { "content-type": "text/plain" }).end("hello");
    else if (req.url === "/redirect") res.writeHead(302, { location: "/ok" }).end();
    else if (req.url === "/big") res.writeHead(200, { "content-type": "text/plain" }).end(Buffer.alloc(2_000_000, 97));
    else if (req.url === "/slow") setTimeout(() => res.end("late"), 2_000);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe("fetchPage", () => {
  it("fetches a page and follows redirects", async () => {
    const page = await fetchPage(`${base}/redirect`, { policy: local });
    expect(Buffer.from(page.body).toString()).toBe("hello");
    expect(page.url).toBe(`${base}/ok`);
    expect(page.contentType).toBe("text/plain");
  });

  it("refuses bodies over the byte cap, slow servers, error statuses and other schemes", async () => {
    await expect(fetchPage(`${base}/big`, { maxBytes: 1024 * 1024, policy: local })).rejects.toThrow(/over the 1.0 MB limit/);
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 200, policy: local })).rejects.toThrow("the server took too long to answer");
    await expect(fetchPage(`${base}/missing`, { policy: local })).rejects.toThrow("the server answered 404");
    await expect(fetchPage("file:///etc/passwd")).rejects.toThrow("only http and https links can be fetched, not file");
    await expect(fetchPage("not a url")).rejects.toThrow("this is not a valid URL");
  });

  it("refuses 127.0.0.1 by default and when the allow-list does not name it", async () => {
    await expect(fetchPage(`${base}/ok`)).rejects.toThrow("refused: 127.0.0.1 is a loopback address");
    await expect(fetchPage(`${base}/ok`, { policy: { allow: ["10.0.0.0/8"] } })).rejects.toThrow("refused: 127.0.0.1 is a loopback address");
  });
});
