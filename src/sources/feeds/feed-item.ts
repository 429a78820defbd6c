/** One entry of a feed, whatever its format (RSS 2.0, Atom, RDF, JSON Feed). */
export interface FeedItem {
  /** The item's stable id: its GUID / Atom id / JSON id, else its link, else a hash of its text. */
  guid: string;
  /** Absolute http(s) link to the article; "" when the item has none. */
  url: string;
  /** Plain text. */
  title: string;
  /** ISO date-time. */
  published?: string;
  /** Plain text, paragraphs separated by blank lines. */
  summary?: string;
  /** The item's full content as HTML, when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml?: string;
}

/** A feed as the poller needs it. */
export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  /** Plain text; "" when the feed has none. */
  title: string;
  items: FeedItem[];
}
