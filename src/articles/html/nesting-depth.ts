// linkedom parses with htmlparser2, whose open-element stack uses Array.unshift/shift: each tag costs
// O(current depth), so markup nested N deep costs O(N^2) (40,000 unclosed <b> tags take seconds, a
// 5 MB page of them hours). Before parsing we estimate the nesting depth with one linear scan of the
// tags (indexOf only: this does not extract anything, it only counts) and refuse pathological pages.

/** Elements that never hold children. */
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
/** Elements closed implicitly by their next sibling (a <p> by the next <p>): they do not pile up. */
const SELF_ENDING = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rp", "rt"]);
/** Elements whose content is raw text: a "<" inside them is not a tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template"]);

/**
 * An estimate of the deepest element nesting of `html`, that stops early once `limit` is exceeded.
 * A closing tag pops one level whatever its name (real parsers pop to the matching element), which is
 * close enough to tell a real page (depth 15-60) from a pathological one (thousands).
 */
export function estimateNestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let at = html.indexOf("<");
  while (at >= 0 && deepest <= limit) {
    const next = html.charCodeAt(at + 1);
    let resume = at + 1;
    if (next === 0x21 /* ! */ && html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      resume = end < 0 ? html.length : end + 3;
    } else if (next === 0x2f /* / */) {
      const name = tagName(html, at + 2);
      if (depth > 0 && !SELF_ENDING.has(name) && !VOID.has(name)) depth--;
    } else if (isAsciiLetter(next)) {
      const name = tagName(html, at + 1);
      const end = html.indexOf(">", at);
      if (end < 0) break;
      resume = end + 1;
      const selfClosing = html.charCodeAt(end - 1) === 0x2f;
      if (RAW_TEXT.has(name)) {
        const close = html.indexOf(`</${name}`, resume);
        resume = close < 0 ? html.length : close;
      } else if (!selfClosing && !VOID.has(name) && !SELF_ENDING.has(name)) {
        depth++;
        if (depth > deepest) deepest = depth;
      }
    }
    at = html.indexOf("<", resume);
  }
  return deepest;
}

function tagName(html: string, start: number): string {
  let end = start;
  while (end < html.length && end - start < 16 && isNameChar(html.charCodeAt(end))) end++;
  return html.slice(start, end).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}
