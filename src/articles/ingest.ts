import type { Article, SourceRef } from "./article.js";
import { decodeInput } from "./decode-input.js";
import { detectFormat, type ArticleFormat } from "./detect-format.js";
import { readHtml } from "./html/read-html.js";
import { IngestError, ingestMessages } from "./ingest-error.js";
import { cutAtParagraphBoundary, DEFAULT_MAX_BYTES, limitSize, type OversizePolicy } from "./limit-size.js";
import { readMarkdown } from "./markdown.js";
import { normaliseArticle, type ArticleDraft } from "./normalise.js";
import { readPlainText } from "./plain-text.js";
import { buildSourceRef } from "./source-ref.js";

/** Anything that may hold an article: a fetched page, an uploaded file, pasted text. */
export interface ArticleInput {
  /** Text, or raw bytes (UTF-8 unless a BOM or `contentType`'s charset says otherwise). */
  content: string | Uint8Array;
  /** Used for its extension (.html, .md, .txt) when `contentType` does not tell the format. */
  fileName?: string;
  /** A MIME type, optionally with `charset=` ("text/html; charset=windows-1252"). */
  contentType?: string;
  /** Where the content was fetched from: resolves relative canonical links, names the source. */
  url?: string;
  /** What the caller knows of the source (a feed's name, an item's date); wins over the page's own. */
  source?: SourceRef;
}

export interface IngestOptions {
  /** Size cap in bytes. Default 5 MB (DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Over the cap: "truncate" (default; the article is flagged `truncated`) or "reject" ("too-large"). */
  oversize?: OversizePolicy;
}

/** Whitespace and invisible characters only: the input says nothing. */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Turns any input into a normalised Article: decoded, its format detected (content type, then file
 * extension, then the content), read by the HTML, Markdown or plain-text reader, then normalised.
 * Pure and deterministic. Throws IngestError ("empty", "binary", "too-large", "no-article", "no-text")
 * with a message that can be shown to the user as is.
 */
export function ingestArticle(input: ArticleInput, options: IngestOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be a positive number of bytes, got ${maxBytes}`);
  if (input.content.length === 0) throw new IngestError("empty", ingestMessages.empty);

  const limited = limitSize(input.content, maxBytes, options.oversize ?? "truncate");
  let text = decodeInput(limited.content, input.contentType);
  if (BLANK.test(text)) throw new IngestError("empty", ingestMessages.empty);
  const format = detectFormat(text, input);
  if (limited.truncated) text = cutAtParagraphBoundary(text, format === "html");

  const draft = readFormat(format, text, input.url);
  if (limited.truncated) draft.truncated = true;
  const article = normaliseArticle(draft, buildSourceRef(input.source, draft.found, input.url));
  if (article.title === "" && article.paragraphs.length === 0) {
    throw format === "html"
      ? new IngestError("no-article", ingestMessages.noArticle)
      : new IngestError("no-text", ingestMessages.noText);
  }
  return article;
}

function readFormat(format: ArticleFormat, text: string, url?: string): ArticleDraft {
  switch (format) {
    case "html":
      return readHtml(text, url);
    case "markdown":
      return readMarkdown(text);
    case "text":
      return readPlainText(text);
  }
}
