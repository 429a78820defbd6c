import { Buffer } from "node:buffer";
import { IngestError, ingestMessages } from "./ingest-error.js";

/** Default cap: 5 MB is ~100 times a long article; anything bigger is not one article. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * What happens to input over the cap. "truncate" (the default) keeps the first `maxBytes`, cut back to
 * a paragraph boundary, and flags the article `truncated`: a pasted book or a huge page still gets a
 * briefing of its start, which is where news puts what matters. "reject" throws IngestError "too-large".
 * Either way the rest of the engine sees at most `maxBytes`, so its time stays bounded and linear.
 */
export type OversizePolicy = "truncate" | "reject";

export interface SizeLimited<T> {
  content: T;
  truncated: boolean;
}

/** Cuts `content` to at most `maxBytes` UTF-8 bytes (or throws), without splitting a character. */
export function limitSize(
  content: string | Uint8Array,
  maxBytes: number,
  policy: OversizePolicy,
): SizeLimited<string | Uint8Array> {
  const bytes = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length;
  if (bytes <= maxBytes) return { content, truncated: false };
  if (policy === "reject") throw new IngestError("too-large", ingestMessages.tooLarge(bytes, maxBytes));
  if (typeof content === "string") {
    // encodeInto stops before a character that would not fit whole, and reports how far it read.
    const { read } = new TextEncoder().encodeInto(content, new Uint8Array(maxBytes));
    return { content: content.slice(0, read), truncated: true };
  }
  let cut = maxBytes;
  while (cut > 0 && ((content[cut] as number) & 0xc0) === 0x80) cut--; // back to a UTF-8 lead byte
  return { content: content.subarray(0, cut), truncated: true };
}

/**
 * Ends truncated text at the last paragraph break (blank line, else line break) in its second half,
 * so no half paragraph reaches the summary. HTML is cut before its last "<" so no tag is split.
 */
export function cutAtParagraphBoundary(text: string, isHtml: boolean): string {
  const half = text.length >> 1;
  const marks = isHtml ? ["<"] : ["\n\n", "\n", ". ", " "];
  for (const mark of marks) {
    const at = text.lastIndexOf(mark);
    if (at >= half) return text.slice(0, mark === ". " ? at + 1 : at);
  }
  return text;
}
