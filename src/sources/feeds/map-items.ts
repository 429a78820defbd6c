import { createHash } from "node:crypto";
import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from "feedsmith";
import type { FeedItem } from "./feed-item.js";
import { htmlLine, htmlParagraphs, textToHtml } from "./html-text.js";

// One mapper per format: each knows where its format keeps the id, link, date, summary and content.

const ABSOLUTE_HTTP = /^https?:\/\//i;

interface Mapped {
  title: string;
  items: FeedItem[];
}

interface Parts {
  guid?: string | undefined;
  link?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  summaryHtml?: string | undefined;
  contentHtml?: string | undefined;
}

export function fromRss(feed: RssFeed.Feed<string>, feedUrl: string): Mapped {
  const items = (feed.items ?? []).map((item) => {
    // A permalink GUID (the default) is the item's link when it has no <link>, if it is a URL at all.
    const guid = item.guid?.value;
    const permalink = item.guid?.isPermaLink !== false && guid !== undefined && ABSOLUTE_HTTP.test(guid) ? guid : undefined;
    return toItem(
      { guid: item.guid?.value, link: item.link ?? permalink, title: item.title, date: item.pubDate ?? item.dc?.dates?.[0], summaryHtml: item.description, contentHtml: item.content?.encoded },
      feedUrl,
    );
  });
  return { title: htmlLine(feed.title ?? ""), items };
}

export function fromAtom(feed: AtomFeed.Feed<string>, feedUrl: string): Mapped {
  const items = (feed.entries ?? []).map((entry) => {
    const links = entry.links ?? [];
    const link = links.find((l) => l.rel === undefined || l.rel === "alternate")?.href ?? links[0]?.href;
    const content = entry.content?.src === undefined ? entry.content : undefined;
    return toItem(
      {
        guid: entry.id,
        link,
        title: atomText(entry.title),
        date: entry.published ?? entry.updated,
        summaryHtml: atomText(entry.summary),
        contentHtml: content?.value === undefined ? undefined : isTextType(content.type) ? textToHtml(content.value) : content.value,
      },
      feedUrl,
    );
  });
  return { title: htmlLine(atomText(feed.title) ?? ""), items };
}

export function fromRdf(feed: RdfFeed.Feed<string>, feedUrl: string): Mapped {
  const items = (feed.items ?? []).map((item) =>
    toItem(
      { guid: item.rdf?.about ?? item.link, link: item.link, title: item.title, date: item.dc?.dates?.[0], summaryHtml: item.description, contentHtml: item.content?.encoded },
      feedUrl,
    ),
  );
  return { title: htmlLine(feed.title ?? ""), items };
}

export function fromJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string): Mapped {
  const items = (feed.items ?? []).map((item) =>
    toItem(
      {
        guid: item.id === undefined ? undefined : String(item.id),
        link: item.url ?? item.external_url,
        title: item.title,
        date: item.date_published ?? item.date_modified,
        summaryHtml: item.summary === undefined ? undefined : textToHtml(item.summary),
        contentHtml: item.content_html ?? (item.content_text === undefined ? undefined : textToHtml(item.content_text)),
      },
      feedUrl,
    ),
  );
  return { title: htmlLine(feed.title ?? ""), items };
}

/** Atom text constructs: type "html" and "xhtml" hold markup, "text" (the default) does not. */
function atomText(text: { value?: string; type?: string } | undefined): string | undefined {
  if (text?.value === undefined) return undefined;
  return isTextType(text.type) ? textToHtml(text.value) : text.value;
}

function isTextType(type: string | undefined): boolean {
  return type === undefined || type === "text" || type === "text/plain";
}

function toItem(parts: Parts, feedUrl: string): FeedItem {
  const url = absoluteHttpUrl(parts.link?.trim(), feedUrl);
  const title = htmlLine(parts.title ?? "");
  const summary = parts.summaryHtml === undefined ? "" : htmlParagraphs(parts.summaryHtml).join("\n\n");
  const contentHtml = parts.contentHtml?.trim() ?? "";
  const guid = parts.guid?.trim() || url || textHash(title, summary, contentHtml);
  const item: FeedItem = { guid, url, title };
  const published = isoDate(parts.date);
  if (published !== undefined) item.published = published;
  if (summary !== "") item.summary = summary;
  if (contentHtml !== "") item.contentHtml = contentHtml;
  return item;
}

function absoluteHttpUrl(link: string | undefined, base: string): string {
  if (link === undefined || link === "" || !URL.canParse(link, base)) return "";
  const url = new URL(link, base);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
}

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Last resort for an item with no id and no link: the same text gives the same id on every poll. */
function textHash(title: string, summary: string, content: string): string {
  return `sha256:${createHash("sha256").update(`${title}\n${summary}\n${content}`).digest("hex").slice(0, 32)}`;
}
