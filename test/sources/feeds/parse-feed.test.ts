import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeedBody } from "../../../src/sources/feeds/parse-feed.js";
import { ATOM, BROKEN_ENTITIES, JSON_FEED, RDF, rss } from "./feed-fixtures.js";

const parse = (text: string, url = "https://feeds.example/feed", contentType = "application/xml") =>
  parseFeedBody(Buffer.from(text), contentType, url);

describe("parseFeedBody", () => {
  it("reads RSS 2.0: guid, link, title, date, summary text and full content", () => {
    const feed = parse(
      rss("Daily &amp; Nightly", [
        { guid: "g-1", link: "https://news.example/1", title: "Bridge opens", description: "<p>Short <b>summary</b>.</p><p>Two.</p>", content: "<p>Full text.</p>" },
      ]),
    );
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("Daily & Nightly");
    expect(feed.items).toEqual([
      {
        guid: "g-1",
        url: "https://news.example/1",
        title: "Bridge opens",
        published: "2024-09-03T10:00:00.000Z",
        summary: "Short summary.\n\nTwo.",
        contentHtml: "<p>Full text.</p>",
      },
    ]);
  });

  it("reads Atom: the alternate link resolved against the feed, html titles as text, text content as HTML", () => {
    const feed = parse(ATOM, "https://atom.example/feed.xml");
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("Atom Wire");
    const [first, second] = feed.items;
    expect(first?.guid).toBe("urn:uuid:entry-1");
    expect(first?.url).toBe("https://atom.example/2024/09/budget");
    expect(first?.title).toBe("Council approves transit budget");
    expect(first?.published).toBe("2024-09-03T09:00:00.000Z");
    expect(first?.summary).toBe("A short summary.");
    expect(first?.contentHtml).toContain("<p>\"This plan keeps buses running");
    expect(second?.contentHtml).toBe("<p>First line of text &amp; more.</p><p>Second paragraph.</p>");
    expect(second?.published).toBe("2024-09-02T08:00:00.000Z");
  });

  it("reads JSON Feed, with numeric ids and text content", () => {
    const feed = parse(JSON_FEED, "https://json.example/feed.json", "application/feed+json");
    expect(feed.format).toBe("json");
    expect(feed.title).toBe("JSON Desk");
    expect(feed.items.map((i) => i.guid)).toEqual(["j-1", "2"]);
    expect(feed.items[1]?.summary).toBe("Only a summary here.");
    expect(feed.items[1]?.contentHtml).toBe("<p>Some text.</p><p>More text.</p>");
  });

  it("reads RDF (RSS 1.0) with its Dublin Core date", () => {
    const feed = parse(RDF);
    expect(feed.format).toBe("rdf");
    expect(feed.items).toEqual([
      { guid: "https://rdf.example/a", url: "https://rdf.example/a", title: "Harbour reopens", published: "2024-09-01T07:00:00.000Z", summary: "The harbour reopened on Monday." },
    ]);
  });

  it("survives broken entities: known HTML names decoded, unknown ones and bare ampersands kept", () => {
    const feed = parse(BROKEN_ENTITIES);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]?.title).toBe("Prices rise — again &bogus; at AT&T");
    expect(feed.items[0]?.summary).toBe("Café owners say “enough” & more.");
  });

  it("falls back to the link, then a text hash, for the GUID; keeps only http(s) links; drops empty and repeated items", () => {
    const text = `<rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
      <item><title>No guid</title><link>/relative/path</link></item>
      <item><title>No link either</title><description>Body.</description></item>
      <item><title>Script link</title><link>javascript:alert(1)</link><guid>s-1</guid></item>
      <item><guid>empty</guid></item>
      <item><title>Repeat</title><guid>dup</guid></item><item><title>Repeat again</title><guid>dup</guid></item>
      </channel></rss>`;
    const feed = parse(text, "https://x.example/feed");
    expect(feed.items.map((i) => [i.guid.startsWith("sha256:") ? "hash" : i.guid, i.url])).toEqual([
      ["https://x.example/relative/path", "https://x.example/relative/path"],
      ["hash", ""],
      ["s-1", ""],
      ["dup", ""],
    ]);
    expect(parse(text, "https://x.example/feed").items[1]?.guid).toBe(feed.items[1]?.guid);
  });

  it("decodes legacy encodings declared in the XML or the Content-Type", () => {
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title><link>https://l.example/</link><description>d</description><item><title>Na\xefve</title><guid>1</guid></item></channel></rss>`, "latin1");
    expect(parseFeedBody(latin1, "text/xml", "https://l.example/").items[0]?.title).toBe("Naïve");
    expect(parseFeedBody(latin1, "text/xml; charset=iso-8859-1", "https://l.example/").title).toBe("Café");
  });

  it("says plainly when a body is not a feed", () => {
    expect(() => parse("<html><body><p>Hello</p></body></html>")).toThrow(FeedParseError);
    expect(() => parse("<html><body><p>Hello</p></body></html>")).toThrow("this is not an RSS, Atom, RDF or JSON feed");
    expect(() => parse("   ")).toThrow("the feed is empty");
  });
});
