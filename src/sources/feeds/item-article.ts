import type { Article, SourceRef } from "../../articles/article.js";
import { ingestArticle } from "../../articles/ingest.js";
import type { FetchResult } from "../../fetch/safe-fetch.js";
import type { FeedItem } from "./feed-item.js";
import { htmlParagraphs } from "./html-text.js";
import { itemMarkdown } from "./item-markdown.js";

/** Item text at least this long (and not cut off with "…" or "Read more") is taken as the full article. */
export const DEFAULT_MIN_FULL_TEXT_CHARS = 700;

/** A cut-off excerpt ends with an ellipsis, "[…]" or a read-more link; checked on the last characters only. */
const CUT_OFF_END = /(?:…|\.\.\.|\[(?:…|\.\.\.)\]|read more|continue reading|read the full (?:story|article))\W{0,3}$/i;

export interface ItemArticle {
  article: Article;
  /** Where the article text came from. */
  from: "content" | "page" | "summary";
  /** Why the linked page was not used, when it was tried and failed. */
  pageError?: string;
}

export interface ItemArticleDeps {
  /** Fetches the linked page; undefined when the per-poll page budget is spent. */
  fetchPage?: (url: string) => Promise<FetchResult>;
  /** The feed's name, shown as the article's source. */
  feedTitle: string;
  minFullTextChars?: number;
}

/**
 * Makes an article of a feed item. Full text in the feed is used as is; an item with only a summary
 * has its linked page fetched and extracted (through the SSRF-safe fetcher); when that fails, the
 * summary is the article. Throws the ingest error when even the summary has no text.
 */
export async function itemArticle(item: FeedItem, deps: ItemArticleDeps): Promise<ItemArticle> {
  const source: SourceRef = { name: deps.feedTitle };
  if (item.published !== undefined) source.published = item.published;
  const body = bestBody(item);
  // Feed content is the article body already (no page furniture to strip), so it skips the HTML reader.
  if (isFullText(body.text, deps.minFullTextChars ?? DEFAULT_MIN_FULL_TEXT_CHARS)) {
    return { article: fromText(item, body.paragraphs, source), from: body.fromContent ? "content" : "summary" };
  }
  let pageError: string | undefined;
  if (item.url !== "" && deps.fetchPage !== undefined) {
    try {
      const page = await deps.fetchPage(item.url);
      return { article: ingestArticle({ content: page.body, contentType: page.contentType, url: page.url, source }), from: "page" };
    } catch (error) {
      pageError = error instanceof Error ? error.message : String(error);
    }
  } else if (item.url !== "") {
    pageError = "the page-fetch budget of this poll was spent";
  }
  const result: ItemArticle = { article: fromText(item, body.paragraphs, source), from: body.fromContent ? "content" : "summary" };
  if (pageError !== undefined) result.pageError = pageError;
  return result;
}

interface Body {
  fromContent: boolean;
  paragraphs: string[];
  text: string;
}

/** The longer of the item's content and its summary: many feeds put the whole article in <description>. */
function bestBody(item: FeedItem): Body {
  const summaryParagraphs = item.summary === undefined ? [] : item.summary.split("\n\n");
  const summaryText = summaryParagraphs.join(" ");
  if (item.contentHtml !== undefined) {
    const paragraphs = htmlParagraphs(item.contentHtml);
    const text = paragraphs.join(" ");
    if (text.length >= summaryText.length) return { fromContent: true, paragraphs, text };
  }
  return { fromContent: false, paragraphs: summaryParagraphs, text: summaryText };
}

function isFullText(text: string, minChars: number): boolean {
  return text.length >= minChars && !CUT_OFF_END.test(text.slice(-40));
}

/** The item's own text (content or summary) as an article, its title the headline. */
function fromText(item: FeedItem, paragraphs: readonly string[], source: SourceRef): Article {
  const markdown = itemMarkdown(item.title, paragraphs);
  return ingestArticle({ content: markdown, contentType: "text/markdown", ...(item.url === "" ? {} : { url: item.url }), source });
}
