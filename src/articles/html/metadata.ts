import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { readJsonLd } from "./json-ld.js";

/** Metadata read from the page before Readability runs (it removes scripts and rewrites the tree). */
export interface HtmlMetadata {
  /** Declared title (og:title, JSON-LD headline, twitter:title, dc.title), "" when none. */
  title: string;
  /** The <title> element's text. */
  documentTitle: string;
  /** The first <h1>'s text: the last resort for a title. */
  firstHeading: string;
  siteName: string;
  byline: string;
  /** ISO 8601, or "" when no usable date was found. */
  published: string;
  /** Absolute http(s) URL from rel=canonical or og:url, resolved against the page URL. */
  canonicalUrl: string;
}

const PUBLISHED_KEYS = [
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
  "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
];
const AUTHOR_KEYS = ["author", "article:author", "parsely-author", "dc.creator", "sailthru.author"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Non-ISO dates are accepted only with an explicit zone, so parsing never depends on the machine's. */
const ZONED_DATE = /(?:GMT|UTC|Z|[+-]\d{4})$/;
const BY_PREFIX = /^by\s+/i;
const WHITESPACE = /\s+/;

/** Every element metadata comes from, found in one traversal (a query per kind costs several). */
const METADATA_ELEMENTS = "meta, link[rel][href], script[type], title, h1, time[datetime], [itemprop=datePublished]";

/** The page's metadata elements, sorted by kind. */
interface MetadataElements {
  meta: Map<string, string>;
  canonical?: string;
  jsonLd: string[];
  title?: string;
  h1?: string;
  itemDate?: string;
  time?: string;
  articleTime?: string;
}

export function readHtmlMetadata(document: DomDocument, pageUrl?: string): HtmlMetadata {
  const found = collectMetadataElements(document);
  const meta = found.meta;
  const jsonLd = readJsonLd(found.jsonLd);
  const first = (...values: (string | undefined)[]): string => values.find((value) => value?.trim())?.trim() ?? "";
  return {
    title: first(meta.get("og:title"), jsonLd.headline, meta.get("twitter:title"), meta.get("dc.title")),
    documentTitle: first(found.title),
    firstHeading: first(found.h1),
    siteName: first(meta.get("og:site_name"), jsonLd.publisher, meta.get("application-name")),
    byline: first(jsonLd.author, ...AUTHOR_KEYS.map((key) => meta.get(key)).filter(isNotUrl)).replace(BY_PREFIX, ""),
    published: firstDate([
      meta.get("article:published_time"),
      jsonLd.datePublished,
      found.itemDate,
      ...PUBLISHED_KEYS.map((key) => meta.get(key)),
      found.articleTime,
      found.time,
    ]),
    canonicalUrl: firstUrl([found.canonical, meta.get("og:url")], pageUrl),
  };
}

function collectMetadataElements(document: DomDocument): MetadataElements {
  const found: MetadataElements = { meta: new Map(), jsonLd: [] };
  for (const element of document.querySelectorAll(METADATA_ELEMENTS)) {
    switch (element.localName) {
      case "meta":
        addMetaTag(found.meta, element);
        break;
      case "link":
        if (found.canonical === undefined && hasToken(element.getAttribute("rel"), "canonical")) {
          found.canonical = element.getAttribute("href") ?? undefined;
        }
        break;
      case "script":
        if (element.getAttribute("type")?.trim().toLowerCase() === "application/ld+json") found.jsonLd.push(element.textContent ?? "");
        break;
      case "title":
        found.title ??= element.textContent ?? undefined;
        break;
      case "h1":
        found.h1 ??= element.textContent ?? undefined;
        break;
      case "time":
        found.time ??= element.getAttribute("datetime") ?? undefined;
        if (found.articleTime === undefined && isInsideArticle(element)) {
          found.articleTime = element.getAttribute("datetime") ?? undefined;
        }
        break;
    }
    if (found.itemDate === undefined && element.getAttribute("itemprop") === "datePublished") {
      found.itemDate = element.getAttribute("content") ?? element.getAttribute("datetime") ?? undefined;
    }
  }
  return found;
}

/** property, name or itemprop (lower-cased) to content; the first one wins. */
function addMetaTag(tags: Map<string, string>, element: DomElement): void {
  const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop"))
    ?.trim()
    .toLowerCase();
  const content = element.getAttribute("content");
  if (key !== undefined && content !== null && content.trim() !== "" && !tags.has(key)) tags.set(key, content);
}

function isInsideArticle(element: DomNode): boolean {
  for (let node = element.parentNode; node !== null; node = node.parentNode) {
    if (node.nodeType === ELEMENT_NODE && (node as DomElement).localName === "article") return true;
  }
  return false;
}

function hasToken(list: string | null, token: string): boolean {
  return list !== null && list.toLowerCase().split(WHITESPACE).includes(token);
}

function isNotUrl(value: string | undefined): boolean {
  return value !== undefined && !value.startsWith("http://") && !value.startsWith("https://");
}

/** The first candidate that is an ISO 8601 date, or a zoned date (RFC 2822) turned into one. */
export function firstDate(candidates: readonly (string | undefined)[]): string {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (value === undefined || value === "") continue;
    if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.replace(" ", "T")))) return value.replace(" ", "T");
    const time = ZONED_DATE.test(value) ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return "";
}

function firstUrl(candidates: readonly (string | undefined)[], base?: string): string {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (value === undefined || value === "") continue;
    const baseUrl = base !== undefined && URL.canParse(base) ? base : undefined;
    if (!URL.canParse(value, baseUrl)) continue;
    const url = new URL(value, baseUrl);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  }
  return "";
}
