import { promisify } from "node:util";
import zlib from "node:zlib";
import { FetchError, formatBytes } from "./fetch-error.js";

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** What we ask servers for: everything node:zlib can undo. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

/**
 * Undoes the Content-Encoding of a body, with the byte cap applied to the decoded bytes too: zlib's
 * `maxOutputLength` stops inflating as soon as the output passes the cap, so a 250 KB gzip of 250 MB of
 * zeros (a zip bomb) costs a few megabytes and milliseconds, not the whole expansion.
 */
export async function decodeBody(body: Buffer, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  // Encodings are listed in the order they were applied; undo them last first.
  const codings = (contentEncoding ?? "").toLowerCase().split(",").map((coding) => coding.trim()).filter((c) => c !== "" && c !== "identity");
  let decoded = body;
  for (const coding of codings.reverse()) {
    if (decoded.length === 0) break;
    try {
      decoded = await decodeOne(coding, decoded, maxBytes, url);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new FetchError(url, `the page is over the ${formatBytes(maxBytes)} limit once decompressed`, { reason: "too-large" });
      }
      throw new FetchError(url, `the server sent a damaged ${coding} body`, { reason: "encoding" });
    }
  }
  return decoded;
}

function decodeOne(coding: string, body: Buffer, maxBytes: number, url: string): Promise<Buffer> {
  const options = { maxOutputLength: maxBytes };
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return gunzip(body, options);
    case "deflate":
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: tell them apart by the
      // zlib header (compression method 8, and the two header bytes a multiple of 31).
      return hasZlibHeader(body) ? inflate(body, options) : inflateRaw(body, options);
    case "br":
      return brotli(body, options);
    default:
      throw new FetchError(url, `the server used an encoding we cannot read (${coding})`, { reason: "encoding" });
  }
}

function hasZlibHeader(body: Buffer): boolean {
  const cmf = body[0] ?? 0;
  const flg = body[1] ?? 0;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}
