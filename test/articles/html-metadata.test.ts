import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../src/articles/html/dom.js";
import { firstDate, readHtmlMetadata } from "../../src/articles/html/metadata.js";
import { stripSiteName } from "../../src/articles/html/site-name.js";

describe("HTML metadata", () => {
  it("survives broken JSON-LD and falls back to meta tags, <time> and og:url", () => {
    const document = parseHtmlDocument(
      "<html><head><script type='application/ld+json'>{ broken json</script>" +
        "<meta property='og:url' content='https://paper.example/a/1'><meta name='author' content='By Kim Lee'>" +
        "<meta name='application-name' content='The Paper'><title>Quiet week in the port</title></head>" +
        "<body><article><time datetime='2024-05-01'>1 May</time><p>Text.</p></article></body></html>",
    );
    expect(readHtmlMetadata(document)).toEqual({
      title: "",
      documentTitle: "Quiet week in the port",
      firstHeading: "",
      siteName: "The Paper",
      byline: "Kim Lee",
      published: "2024-05-01",
      canonicalUrl: "https://paper.example/a/1",
    });
  });

  it("resolves a relative canonical link against the page URL and ignores non-http ones", () => {
    const relative = parseHtmlDocument("<html><head><link rel='canonical' href='/story?id=7'></head><body></body></html>");
    expect(readHtmlMetadata(relative, "https://paper.example/amp/story").canonicalUrl).toBe("https://paper.example/story?id=7");
    expect(readHtmlMetadata(relative).canonicalUrl).toBe("");
    const script = parseHtmlDocument("<html><head><link rel='canonical' href='javascript:alert(1)'></head><body></body></html>");
    expect(readHtmlMetadata(script, "https://paper.example/").canonicalUrl).toBe("");
  });

  it("accepts ISO dates as written and zoned RFC 2822 dates, never zone-less guesses", () => {
    expect(firstDate(["", "2024-03-14T09:30:00+01:00"])).toBe("2024-03-14T09:30:00+01:00");
    expect(firstDate(["2024-03-14 09:30:00Z"])).toBe("2024-03-14T09:30:00Z");
    expect(firstDate(["Thu, 14 Mar 2024 09:30:00 GMT"])).toBe("2024-03-14T09:30:00.000Z");
    expect(firstDate(["March 14, 2024", "yesterday"])).toBe("");
  });

  it("strips a known site name from either end of a title", () => {
    expect(stripSiteName("Bridge reopens | Example Gazette", "Example Gazette")).toBe("Bridge reopens");
    expect(stripSiteName("EXAMPLE GAZETTE - Bridge reopens", "Example Gazette")).toBe("Bridge reopens");
    expect(stripSiteName("Bridge reopens – Example Gazette", "Example Gazette")).toBe("Bridge reopens");
    expect(stripSiteName("Example Gazette", "Example Gazette")).toBe("Example Gazette");
    expect(stripSiteName("Gazette editor - Example Gazette reporter wins award", "Example Gazette")).toBe(
      "Gazette editor - Example Gazette reporter wins award",
    );
  });
});
