import { Buffer } from "node:buffer";

// The tokenizer reads every character of a document two or three times. `charCodeAt` in optimised code
// still dispatches on the string's representation (one- or two-byte, flat, sliced, cons) at every call;
// a UTF-16 copy of the text in a typed array is read with a plain load. The copy is native (a memcpy for
// two-byte strings) and goes into one buffer reused for every text.
let buffer = Buffer.allocUnsafeSlow(0);
let codes = new Uint16Array(0);
// After a huge document, a much smaller text gets a buffer of its own size again: memory stays small.
const KEPT_CHARS = 1 << 20;

/**
 * The UTF-16 code units of `text` (lone surrogates included, unchanged) in `[0, text.length)` of the
 * returned array. The array is shared: valid until the next call.
 */
export function charCodes(text: string): Uint16Array {
  if (text.length > codes.length || (codes.length > KEPT_CHARS && text.length < codes.length >> 2)) {
    // allocUnsafeSlow never takes from the shared pool: the view starts at offset 0, aligned for 16 bits.
    buffer = Buffer.allocUnsafeSlow(Math.max(text.length, Math.min(codes.length * 2, KEPT_CHARS)) * 2);
    codes = new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.length >> 1);
  }
  buffer.write(text, 0, "utf16le");
  return codes;
}
