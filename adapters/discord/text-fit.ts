// Cutting text to Discord's limits cleanly: at a word when one is near, never inside an escape
// sequence (which would re-enable the Markdown it escaped) or a surrogate pair (a broken emoji).

const ELLIPSIS = "…";
/** A word break further back than this share of the limit wastes too much: cut mid-word instead. */
const MIN_WORD_CUT = 0.6;
const WHITESPACE = /\s/;
const DANGLING = /[\s,;:]/;

/** `text` if it fits in `max`, else its longest clean prefix with an ellipsis, `max` characters at most. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  let end = breakPoint(text, max - ELLIPSIS.length);
  while (end > 0 && DANGLING.test(text[end - 1] ?? "")) end--; // "earned, …" reads worse than "earned…"
  return `${dropDanglingEscape(text.slice(0, end))}${ELLIPSIS}`;
}

/**
 * Splits `text` into pieces of at most `max` characters, broken at whitespace where possible; the
 * whitespace at a break is dropped, so joining the pieces with a space restores the words.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = breakPoint(rest, max);
    const head = rest.slice(0, cut);
    const safe = dropDanglingEscape(head);
    if (safe.length > 0) cut = safe.length; // a lone backslash piece (max 1) must still make progress
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Keeps whole lines (e.g. summary bullets) while they fit in `max`; a first line too long alone is clipped. */
export function fitLines(lines: readonly string[], max: number, separator = "\n"): string {
  let out = "";
  for (const line of lines) {
    const next = out === "" ? line : `${out}${separator}${line}`;
    if (next.length > max) return out === "" ? clipText(line, max) : out;
    out = next;
  }
  return out;
}

/** Where to cut `text` so that at most `limit` characters remain: a word break if one is near, else a code-point boundary. */
function breakPoint(text: string, limit: number): number {
  const floor = Math.floor(limit * MIN_WORD_CUT);
  for (let i = limit; i > floor; i--) {
    if (WHITESPACE.test(text[i] ?? "")) return i;
  }
  let cut = limit;
  // Never split a surrogate pair, nor leave a zero-width joiner or variation selector dangling.
  while (cut > 0 && continuesPrevious(text.charCodeAt(cut))) cut--;
  return cut > 0 ? cut : limit;
}

/** A low surrogate, zero-width joiner or emoji variation selector belongs to the character before it. */
function continuesPrevious(code: number): boolean {
  return (code >= 0xdc00 && code <= 0xdfff) || code === 0x200d || code === 0xfe0f;
}

/** An odd run of trailing backslashes means the last one escaped a character that was cut off: drop it. */
function dropDanglingEscape(text: string): string {
  let slashes = 0;
  while (text[text.length - 1 - slashes] === "\\") slashes++;
  return slashes % 2 === 1 ? text.slice(0, -1) : text;
}
