// Text for Slack: escaping article text so it stays inert, and cutting it to Block Kit limits without
// breaking an emoji, an entity or (when possible) a word.

const MRKDWN_SPECIAL = /[&<>]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// What a reader sees as one character: a code point with its combining marks, skin tones and emoji tags, joined
// by ZWJ to the next (👨‍👩‍👧‍👦), or a flag's two regional indicators. Close to Unicode's grapheme clusters (Indic
// conjuncts may split after the virama), and linear: Intl.Segmenter measured quadratic on Node 20 (1.3 s for
// 50 kB, 8.8 s for 100 kB). The alternatives never overlap, so the regex cannot backtrack.
const EXTEND = "[\\p{M}\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]";
const CLUSTER = new RegExp(`\\r\\n|\\p{Regional_Indicator}{2}|[^](?:${EXTEND})*(?:\\u200D[^](?:${EXTEND})*)*`, "gu");
const WHITESPACE = /\s/;
const ELLIPSIS = "…";
const MAX_HREF = 1_000;

/**
 * Slack's rule: only `&`, `<` and `>` are control characters in mrkdwn. Escaping them is what turns
 * `<!channel>`, `<@U1>`, `<!subteam^S1>` and `<https://evil|label>` in an article into plain text.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(MRKDWN_SPECIAL, (char) => ENTITY[char] ?? char);
}

/** Escaped text shown as a mrkdwn block quote: every line starts with `>`. */
export function escapeQuoted(text: string): string {
  return escapeMrkdwn(text).replace(/\n/g, "\n>");
}

/** plain_text objects are shown literally: nothing to escape. */
export const asPlain = (text: string): string => text;

export type Encode = (raw: string) => string;

/**
 * Splits `raw` into pieces whose encoded form is at most `max` UTF-16 units (Slack counts no more than
 * that), cutting after whitespace when the piece has any, else between graphemes, so an emoji or a
 * surrogate pair is never cut in half. Returns raw pieces, trimmed: callers encode them, and since the
 * encodings here work character by character, encode(piece) is exactly what was counted. Linear; stops
 * after `maxPieces` when only the first are wanted.
 */
export function splitText(raw: string, max: number, encode: Encode = escapeMrkdwn, maxPieces = Infinity): string[] {
  const pieces: string[] = [];
  let start = 0; // raw index where the current piece starts
  let size = 0; // encoded length of raw[start, index)
  let breakAt = -1; // raw index just after the last whitespace in the current piece
  let sizeAtBreak = 0;
  const cut = (at: number): void => {
    const piece = raw.slice(start, at).trim();
    if (piece) pieces.push(piece);
    size = at === breakAt ? size - sizeAtBreak : 0;
    start = at;
    breakAt = -1;
  };
  for (const match of raw.matchAll(CLUSTER)) {
    const segment = match[0];
    const index = match.index;
    const grapheme = encode(segment).length;
    while (size + grapheme > max && index > start) cut(breakAt > start ? breakAt : index);
    if (pieces.length >= maxPieces) return pieces;
    size += grapheme;
    if (WHITESPACE.test(segment)) {
      breakAt = index + segment.length;
      sizeAtBreak = size;
    }
  }
  cut(raw.length);
  return pieces;
}

/** `raw` encoded and cut to `max` units, with an ellipsis when something was left out. */
export function fitText(raw: string, max: number, encode: Encode = escapeMrkdwn): string {
  const whole = encode(raw);
  if (whole.length <= max) return whole;
  return encode(splitText(raw, max - ELLIPSIS.length, encode, 1)[0] ?? "") + ELLIPSIS;
}

/** Only web links are ever linked: article metadata could carry `javascript:` or `slack://` URLs. */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * `<url|label>` for an http(s) URL, the escaped label alone otherwise. Inside a link `|` ends the URL and `>` ends the link, so both are
 * kept out: the URL percent-encodes them, the label shows `|` as a broken bar. Slack reads entities
 * in URLs too, so `&` becomes `&amp;` there as in its own payloads.
 */
export function mrkdwnLink(url: string | undefined, label: string, maxLabel = 200): string {
  const text = fitText(label.replace(/\|/g, "¦"), maxLabel);
  if (!isHttpUrl(url)) return text;
  const href = new URL(url).href.replace(/[|<>]/g, (c) => encodeURIComponent(c)).replace(/&/g, "&amp;");
  return href.length <= MAX_HREF ? `<${href}|${text}>` : text; // a monster URL would eat the block's budget
}
