export type ArticleFormat = "html" | "markdown" | "text";

export interface FormatHints {
  contentType?: string;
  fileName?: string;
  url?: string;
}

const BY_MEDIA_TYPE: Record<string, ArticleFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
};

const BY_EXTENSION: Record<string, ArticleFormat> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  txt: "text",
  text: "text",
};

/** Only the start is sniffed: a document declares what it is early. */
const SNIFF_CHARS = 4096;
/** Tags that open an HTML document or fragment, or that plain prose never contains. */
const HTML_TAG =
  /<(?:!doctype\s+html|!--|(?:html|head|body|meta|title|p|div|article|section|main|h[1-6]|br|ul|ol|table|span|a|img|figure|blockquote|header|nav)[\s>/])/i;
const HTML_START = /^\s*</;
const HTML_INSIDE = /<\/(?:p|div|article|section|h[1-6]|li|span|a|blockquote)>|<(?:p|br|div|article)[\s/>]/i;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;
const MARKDOWN_LINK = /\[[^\]\n]{1,200}\]\((?:https?:|\/|#)/;

/**
 * Picks the reader for an input: the declared content type first, then the file (or URL path)
 * extension, then the content itself. Plain text is the default: it reads anything.
 */
export function detectFormat(text: string, hints: FormatHints = {}): ArticleFormat {
  return fromContentType(hints.contentType) ?? fromExtension(hints.fileName ?? urlPath(hints.url)) ?? sniffFormat(text);
}

export function sniffFormat(text: string): ArticleFormat {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  // indexOf guards first: plain text, the common case, then skips the regex scans.
  if (head.includes("<") && (HTML_START.test(head) ? HTML_TAG.test(head) : HTML_INSIDE.test(head))) return "html";
  if (head.includes("#") && MARKDOWN_HEADING.test(head)) return "markdown";
  if (head.includes("](") && MARKDOWN_LINK.test(head)) return "markdown";
  return "text";
}

function fromContentType(contentType?: string): ArticleFormat | undefined {
  if (contentType === undefined) return undefined;
  const mediaType = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return BY_MEDIA_TYPE[mediaType];
}

function fromExtension(name?: string): ArticleFormat | undefined {
  if (name === undefined) return undefined;
  const dot = name.lastIndexOf(".");
  if (dot < 0 || dot < name.lastIndexOf("/")) return undefined;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

function urlPath(url?: string): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return new URL(url).pathname;
}
