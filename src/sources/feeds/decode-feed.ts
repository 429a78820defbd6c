import { TextDecoder } from "node:util";

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");
/** `<?xml version="1.0" encoding="ISO-8859-1"?>`: bounded, so it cannot backtrack far. */
const XML_ENCODING = /^\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/;
const CHARSET = /;\s*charset\s*=\s*["']?([A-Za-z0-9._-]{1,40})/i;

/**
 * Feed bytes to text: a BOM, else the Content-Type charset, else the XML declaration's encoding, else
 * UTF-8 (windows-1252 when the bytes are not valid UTF-8, as legacy feeds often are).
 */
export function decodeFeed(bytes: Uint8Array, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const label = CHARSET.exec(contentType)?.[1] ?? XML_ENCODING.exec(latin1Head(bytes))?.[1];
  const declared = label === undefined ? undefined : decoderFor(label);
  if (declared !== undefined) return declared.decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString("latin1");
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return undefined; // an unknown label: detect instead of failing the whole feed
  }
}
