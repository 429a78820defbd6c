import { TextDecoder } from "node:util";
import { IngestError, ingestMessages } from "./ingest-error.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** Only the start is inspected: binary formats show themselves in their first bytes. */
const SNIFF_BYTES = 8 * 1024;
/** Text has (almost) no C0 controls besides tab/newlines; random or compressed bytes have ~11%. */
const MAX_CONTROL_SHARE = 0.02;
/** Above this share of undecodable characters, the "text" is not text in any 8-bit encoding we'd guess. */
const MAX_INVALID_SHARE = 0.3;

const utf8 = new TextDecoder("utf-8");
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const CR = /\r\n?/g;
const QUOTES = /^["']|["']$/g;
// eslint-disable-next-line no-control-regex -- finding control characters is this regex's job
const SUSPICIOUS = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

/**
 * Turns input bytes or a string into text with LF line ends and no BOM, or throws "binary".
 * Bytes are UTF-8 unless a BOM or `charset=` in `contentType` says otherwise; bytes that are not
 * valid UTF-8 and carry no charset are read as windows-1252, the usual legacy encoding of the web.
 */
export function decodeInput(content: string | Uint8Array, contentType?: string): string {
  let text = typeof content === "string" ? content : decodeBytes(content, contentType);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertTextual(text);
  return text.includes("\r") ? text.replace(CR, "\n") : text;
}

function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  assertNoBinaryBytes(bytes);
  const declared = charsetDecoder(contentType);
  if (declared?.encoding === "windows-1252") return decodeWindows1252(bytes);
  if (declared !== undefined) return declared.decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return decodeInvalidUtf8(bytes);
  }
}

/**
 * Mostly-valid UTF-8 with a few bad bytes stays UTF-8 (lossy); otherwise it is legacy 8-bit text.
 * The whole text is counted, not a sample: a Latin-1 file's first accent may come late.
 */
function decodeInvalidUtf8(bytes: Uint8Array): string {
  const lossy = utf8.decode(bytes);
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < lossy.length; i++) {
    const code = lossy.charCodeAt(i);
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f) multibyte++;
  }
  return multibyte > invalid ? lossy : decodeWindows1252(bytes);
}

function charsetDecoder(contentType?: string): TextDecoder | undefined {
  if (contentType === undefined) return undefined;
  for (const parameter of contentType.split(";").slice(1)) {
    const [name, value] = parameter.split("=", 2);
    if (name?.trim().toLowerCase() !== "charset" || value === undefined) continue;
    const label = value.trim().replace(QUOTES, "").toLowerCase();
    try {
      return new TextDecoder(label);
    } catch {
      return undefined; // an unknown label: fall back to UTF-8 detection rather than failing the article
    }
  }
  return undefined;
}

/** C0 controls other than tab, LF, FF and CR, and DEL: they never occur in text. */
function isControl(code: number): boolean {
  return code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d : code === 0x7f;
}

/**
 * A NUL byte in the first 8 KB means binary (UTF-16 without a BOM too, which is rare enough). Other
 * control bytes are counted after decoding, by assertTextual: they decode to themselves.
 */
function assertNoBinaryBytes(bytes: Uint8Array): void {
  if (bytes.subarray(0, SNIFF_BYTES).indexOf(0) >= 0) throw new IngestError("binary", ingestMessages.binary);
}

/** Binary test on decoded text: NUL, a share of control characters, or of undecodable bytes (U+FFFD). */
function assertTextual(text: string): void {
  const end = Math.min(text.length, SNIFF_BYTES);
  // Nearly all text has none of these: one regex scan, then the counting loop only when needed.
  if (!SUSPICIOUS.test(end === text.length ? text : text.slice(0, end))) return;
  let controls = 0;
  let invalid = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) continue; // printable ASCII, nearly every character: test it first
    if (code === 0) throw new IngestError("binary", ingestMessages.binary);
    if (isControl(code)) controls++;
    else if (code === 0xfffd) invalid++;
  }
  if (controls > end * MAX_CONTROL_SHARE || invalid > end * MAX_INVALID_SHARE) {
    throw new IngestError("binary", ingestMessages.binary);
  }
}
