import { TextDecoder } from "node:util";

// WHATWG maps "latin1", "iso-8859-1", "ascii" and "windows-1252" to windows-1252, whose bytes 0x80-0x9F
// are curly quotes, dashes, the euro sign... Node 20's TextDecoder decodes them as ISO-8859-1 C1
// controls instead, which would turn every curly quote of a legacy page into an invisible character.

const latin1 = new TextDecoder("latin1");
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;
/** windows-1252 0x80-0x9F; the five unassigned bytes stay as their C1 code points. */
const WINDOWS_1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  if (!HAS_C1.test(text)) return text;
  return text.replace(C1, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] as string);
}
