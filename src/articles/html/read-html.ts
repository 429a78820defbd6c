import { Readability } from "@mozilla/readability";
import type { SourceRef } from "../article.js";
import { IngestError, ingestMessages } from "../ingest-error.js";
import { cleanParagraph, isProse, type ArticleDraft } from "../normalise.js";
import { collectBlockTexts } from "./block-texts.js";
import { parseHtmlDocument, type DomDocument, type DomNode } from "./dom.js";
import { readHtmlMetadata } from "./metadata.js";
import { estimateNestingDepth } from "./nesting-depth.js";
import { stripSiteName } from "./site-name.js";
import { measureTree } from "./tree-shape.js";

/**
 * A page is an article when its main content has this many words in paragraphs of at least
 * MIN_PROSE_WORDS words: a short news brief passes; login forms, menus and link lists do not.
 */
const MIN_ARTICLE_WORDS = 25;
const MIN_PROSE_WORDS = 6;
const BY_PREFIX = /^by\s+/i;
/**
 * Readability's cost grows much faster than linearly with nesting depth (a chain of 800 divs takes
 * seconds), and it retries up to four times on short text. Real article pages nest 15-40 deep and have
 * a few thousand elements; past these limits (broken markup with unclosed tags, generated or hostile
 * pages) we skip Readability and walk the <body> ourselves, which is linear: page chrome (nav, aside,
 * footer, forms, scripts) is still skipped, and the no-article test still applies.
 */
const MAX_READABILITY_DEPTH = 60;
const MAX_READABILITY_ELEMENTS = 20_000;
/** Past this estimated nesting the page is not parsed at all (see nesting-depth.ts); real pages stay under 100. */
const MAX_PARSE_DEPTH = 512;

/**
 * Reads an HTML page: the article's paragraphs (Readability finds the main content; we split it into
 * blocks), its title, byline, date, canonical URL and site name. Throws IngestError "no-article" for a
 * page with no article on it.
 */
export function readHtml(html: string, pageUrl?: string): ArticleDraft {
  if (estimateNestingDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) {
    throw new IngestError("no-article", ingestMessages.tooDeep);
  }
  const document = parseHtmlDocument(html);
  const metadata = readHtmlMetadata(document, pageUrl); // before Readability, which strips <script>
  const { content, readability } = mainContent(document);
  const paragraphs = content === undefined ? [] : articleParagraphs(content);
  if (proseWords(paragraphs) < MIN_ARTICLE_WORDS) throw new IngestError("no-article", ingestMessages.noArticle);

  const siteName = metadata.siteName || readability?.siteName?.trim() || "";
  const title = metadata.title || readability?.title?.trim() || metadata.documentTitle || metadata.firstHeading;
  const byline = metadata.byline || readability?.byline?.trim().replace(BY_PREFIX, "") || "";
  const found: Partial<SourceRef> = {};
  if (siteName !== "") found.name = siteName;
  if (metadata.canonicalUrl !== "") found.url = metadata.canonicalUrl;
  if (metadata.published !== "") found.published = metadata.published;
  const draft: ArticleDraft = { title: stripSiteName(title, siteName), paragraphs, found };
  if (byline !== "") draft.byline = byline;
  return draft;
}

type ReadabilityResult = { content: DomNode; title?: string | null; byline?: string | null; siteName?: string | null };

/** The node holding the article: Readability's pick, or the whole <body> when the tree is too big for it. */
function mainContent(document: DomDocument): { content?: DomNode; readability?: ReadabilityResult } {
  const body = document.querySelector("body");
  if (body === null) return {};
  const shape = measureTree(body, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS);
  if (shape.depth > MAX_READABILITY_DEPTH || shape.elements > MAX_READABILITY_ELEMENTS) return { content: body };
  const readability = parseWithReadability(document);
  return readability === undefined ? {} : { content: readability.content, readability };
}

function parseWithReadability(document: DomDocument): ReadabilityResult | undefined {
  try {
    // The serializer hands back Readability's content node itself: no HTML string to re-parse.
    const result = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
    if (result === null || result.content === null || result.content === undefined) return undefined;
    return { content: result.content, title: result.title, byline: result.byline, siteName: result.siteName };
  } catch {
    // Readability throws on some malformed trees; for the user that page simply has no readable article.
    return undefined;
  }
}

/** Cleaned block texts without page furniture ("Advertisement", "READ MORE: ...", share lines). */
function articleParagraphs(content: DomNode): string[] {
  const paragraphs: string[] = [];
  for (const text of collectBlockTexts(content)) {
    const paragraph = cleanParagraph(text);
    if (isProse(paragraph)) paragraphs.push(paragraph);
  }
  return paragraphs;
}

function proseWords(paragraphs: readonly string[]): number {
  let total = 0;
  for (const paragraph of paragraphs) {
    const words = paragraph.split(" ").length;
    if (words >= MIN_PROSE_WORDS) total += words;
  }
  return total;
}
