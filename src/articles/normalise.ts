import { createHash, hash } from "node:crypto";
import type { Article, SourceRef } from "./article.js";
import { isBoilerplate } from "./boilerplate.js";

/** What a format reader (HTML, Markdown, plain text) hands to `normaliseArticle`: raw, uncleaned text. */
export interface ArticleDraft {
  title: string;
  paragraphs: string[];
  byline?: string;
  /** What the input itself says about its source (an HTML page's site name, canonical URL, date). */
  found?: Partial<SourceRef>;
  truncated?: boolean;
}

// Characters with no visible width or meaning in prose: C0/C1 controls (newline and tab are handled as
// whitespace below), zero-width spaces and joiners, word joiner, BOM and soft hyphen. Matching control
// characters is the point here, hence the lint exception.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// JS `\s` covers tab, newlines, NBSP, the U+2000 spaces, narrow NBSP and the ideographic space. Every
// whitespace run becomes one space; a run that already is one plain space is left out of the match, so a
// paragraph with one stray NBSP is not rebuilt from hundreds of identical replacements.
const SPACE_RUNS = /[^\S ]\s*| \s+/g;
// Outside these, a character may change under NFC; printable ASCII, Latin-1 and the General Punctuation
// kept by NEEDS_CLEANING never do, so most paragraphs skip the normalizer.
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
const MAY_CHANGE_UNDER_NFC = /[^\x00-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;
/**
 * Anything but characters that are visible, NFC-stable and need no change (a double space is looked for
 * apart: with it as an alternative the class could not be scanned for in one fast pass). Most
 * paragraphs match nothing and skip the three passes of full cleaning (a hot path: one regex scan
 * is several times cheaper than a charCodeAt loop). Safe: printable ASCII, Latin-1 without NBSP and
 * soft hyphen, Latin Extended (below the combining marks at U+0300), General Punctuation from U+2010
 * (dashes, curly quotes, ellipsis; not the zero-width or special spaces), currency symbols.
 */
const NEEDS_CLEANING = /[^\x20-\x7e\xa1-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Texts up to this many characters are hashed in one call (see `articleId`). */
const ONE_SHOT_HASH_CHARS = 32 * 1024;

/** How many leading paragraphs may repeat the headline or byline (the sample article has it 3 times). */
const TOP_WINDOW = 4;

/**
 * One paragraph as one clean line: invisible characters removed, every whitespace run one space,
 * trimmed, NFC. Quotes, dashes and ellipses are never rewritten: quotes must stay verbatim.
 */
export function cleanParagraph(text: string): string {
  if (!NEEDS_CLEANING.test(text) && !text.includes("  ")) return text.trim();
  const cleaned = text.replace(INVISIBLE, "").replace(SPACE_RUNS, " ").trim();
  return MAY_CHANGE_UNDER_NFC.test(cleaned) ? cleaned.normalize("NFC") : cleaned;
}

/**
 * Cleans a draft into an Article: paragraphs cleaned, empty and boilerplate ones dropped, the headline
 * (and a byline line) removed where it is repeated at the top, and an id hashed from the result.
 */
export function normaliseArticle(draft: ArticleDraft, source?: SourceRef): Article {
  const cleanTitle = cleanParagraph(draft.title);
  const title = isProse(cleanTitle) ? cleanTitle : "";
  const paragraphs: string[] = [];
  for (const raw of draft.paragraphs) {
    const paragraph = cleanParagraph(raw);
    if (isProse(paragraph)) paragraphs.push(paragraph);
  }
  const byline = draft.byline === undefined ? "" : cleanParagraph(draft.byline);
  dropRepeatsAtTop(paragraphs, title, byline);

  const article: Article = { id: articleId(title, paragraphs), title, paragraphs };
  if (source !== undefined) article.source = source;
  if (byline !== "") article.byline = byline;
  if (draft.truncated === true) article.truncated = true;
  return article;
}

/**
 * A paragraph worth keeping: not empty, not page furniture, and with at least one letter or digit
 * (a line of "*****" or "• • •" is a separator, not text).
 */
export function isProse(paragraph: string): boolean {
  return paragraph !== "" && HAS_WORD.test(paragraph) && !isBoilerplate(paragraph);
}

/** A short, stable id: 16 hex digits of the sha256 of the normalised title and paragraphs. */
export function articleId(title: string, paragraphs: readonly string[]): string {
  let length = title.length;
  for (const paragraph of paragraphs) length += paragraph.length + 1;
  // One-shot hash of the joined text: cheaper than a Hash object fed one update() per paragraph.
  if (length <= ONE_SHOT_HASH_CHARS) return hash("sha256", `${title}\n${paragraphs.join("\n")}`, "hex").slice(0, 16);
  // A long text is hashed in pieces of a few paragraphs: joined whole it would be a large temporary string,
  // and large allocations bring the garbage collector's full passes early and often. Pieces end at the "\n"
  // between paragraphs, so no surrogate pair is split and the bytes hashed are the same.
  const digest = createHash("sha256").update(title);
  for (let first = 0; first < paragraphs.length; ) {
    let last = first;
    let pieceLength = 0;
    while (last < paragraphs.length && (last === first || pieceLength < ONE_SHOT_HASH_CHARS)) pieceLength += (paragraphs[last++] as string).length + 1;
    digest.update(`\n${paragraphs.slice(first, last).join("\n")}`);
    first = last;
  }
  return digest.digest("hex").slice(0, 16);
}

/** Compares headlines ignoring case, spacing and punctuation (the repeat may differ in quote style). */
function matchKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD, "");
}

function dropRepeatsAtTop(paragraphs: string[], title: string, byline: string): void {
  if (title === "" && byline === "") return;
  const longest = Math.max(title.length, byline.length + 3) * 2 + 8;
  // Keys are made only when a short paragraph needs the loose comparison: most articles never do.
  let keys: { title: string; byline: string } | undefined;
  let kept = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as string;
    if (i < TOP_WINDOW && paragraph === title) continue;
    if (i < TOP_WINDOW && paragraph.length <= longest) {
      keys ??= { title: title === "" ? "" : matchKey(title), byline: byline === "" ? "" : matchKey(byline) };
      if (isRepeat(matchKey(paragraph), keys.title, keys.byline)) continue;
    }
    paragraphs[kept++] = paragraph;
  }
  paragraphs.length = kept;
}

function isRepeat(key: string, titleKey: string, bylineKey: string): boolean {
  if (key === "") return false;
  if (key === titleKey) return true;
  return bylineKey !== "" && (key === bylineKey || key === "by" + bylineKey);
}
