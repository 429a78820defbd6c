import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/articles/ingest-error.js";
import { ingestArticle } from "../../src/articles/ingest.js";
import { fixture } from "./fixtures.js";

const PAGE_URL = "https://gazette.example/news/2024/03/harbour-bridge-reopens?utm_source=feed";

describe("ingestArticle: HTML", () => {
  const article = ingestArticle({ content: fixture("news-page.html"), contentType: "text/html; charset=utf-8", url: PAGE_URL });

  it("keeps the article's paragraphs, one per block, and drops nav, ads, captions, share and related links", () => {
    expect(article.paragraphs[0]).toBe(
      "The Northgate harbour bridge reopened to traffic on Thursday morning, two years after engineers closed it when cracks were found in two of its steel supports.",
    );
    expect(article.paragraphs).toContain("Costs rose by a third");
    expect(article.paragraphs).toContain("A 30 mph speed limit will apply on the span and its approach roads until the summer.");
    expect(article.paragraphs).toHaveLength(10);
    const all = article.paragraphs.join("\n");
    for (const furniture of ["Advertisement", "READ MORE", "Share", "Photo:", "newsletter", "Related", "Sport", "©", "14 March 2024", "Priya"]) {
      expect(all).not.toContain(furniture);
    }
  });

  it("decodes entities and keeps curly quotes and dashes", () => {
    expect(article.paragraphs).toContain(
      "“This is a great day for everyone who lives and works on both sides of the water,” said Mayor Helen Okafor, who cut a ribbon at the southern end of the span. “We asked people to be patient — and they were.”",
    );
    expect(article.paragraphs.join(" ")).toContain("The repairs cost £84 million, a third more than the council’s first estimate");
    expect(article.paragraphs.join(" ")).toContain("said café owner Sam Whitlock.");
    expect(article.paragraphs.join(" ")).toContain("two of its steel supports."); // &nbsp; became a plain space
  });

  it("reads title without the site name, byline, date, canonical URL and site name", () => {
    expect(article.title).toBe("Harbour bridge reopens after two years of repairs");
    expect(article.byline).toBe("Priya Raman");
    expect(article.source).toEqual({
      name: "Example Gazette",
      url: "https://gazette.example/news/2024/03/harbour-bridge-reopens",
      published: "2024-03-14T09:30:00Z",
    });
  });

  it("reads JSON-LD metadata (in an @graph) when there are no meta tags", () => {
    const page = ingestArticle({ content: fixture("json-ld-page.html"), fileName: "json-ld-page.html" });
    expect(page.title).toBe("Rare orchid found in city park");
    expect(page.byline).toBe("Ana Lima, Joe Brandt");
    expect(page.source).toEqual({ name: "The Daily Sample", published: "2023-06-02T07:15:00+01:00" });
    expect(page.paragraphs).toHaveLength(5);
    expect(page.paragraphs[2]).toBe("\"I thought it was a bee sitting on a flower until I bent down,\" she said. \"Then I realised the bee was the flower.\"");
    expect(page.paragraphs.join(" ")).not.toMatch(/Home|Contact us/);
  });

  it("lets the caller's source win over the page's", () => {
    const fromFeed = ingestArticle({
      content: fixture("json-ld-page.html"),
      contentType: "text/html",
      source: { name: "Sample Feed", published: "2023-06-02" },
    });
    expect(fromFeed.source).toEqual({ name: "Sample Feed", published: "2023-06-02" });
  });

  it.each(["login-page.html", "nav-only.html"])("refuses a page with no article: %s", (name) => {
    const attempt = (): unknown => ingestArticle({ content: fixture(name), fileName: name });
    expect(attempt).toThrow(IngestError);
    expect(attempt).toThrow(/No article was found on that page/);
    try {
      attempt();
    } catch (error) {
      expect((error as IngestError).code).toBe("no-article");
    }
  });

  it("reads an HTML fragment, sniffed from its tags, with <br> and inline markup", () => {
    const fragment =
      "<h1>Water main bursts in Eastfield</h1><p>A water main burst under Station Road on Sunday, flooding <em>three</em> shops and " +
      "closing the road to traffic for most of the day.<br>Engineers said supplies would be back by the evening.</p>" +
      "<p>&quot;We heard a bang and then the water came up through the floor,&quot; said one shop owner.</p>";
    const page = ingestArticle({ content: fragment });
    expect(page.title).toBe("Water main bursts in Eastfield");
    expect(page.paragraphs).toEqual([
      "A water main burst under Station Road on Sunday, flooding three shops and closing the road to traffic for most of the day.",
      "Engineers said supplies would be back by the evening.",
      "\"We heard a bang and then the water came up through the floor,\" said one shop owner.",
    ]);
  });

  it("reads a document that has <html> but no <head> or <body>", () => {
    const html =
      "<html><title>Bus fares frozen for a year - Transit Daily</title><meta property='og:site_name' content='Transit Daily'>" +
      "<p>Bus fares in the region will stay at their current level until next spring, the transport authority said on Wednesday.</p>" +
      "<p>The freeze will cost the authority about four million a year, which it says will come from parking income.</p></html>";
    const page = ingestArticle({ content: html });
    expect(page.title).toBe("Bus fares frozen for a year");
    expect(page.source?.name).toBe("Transit Daily");
    expect(page.paragraphs).toHaveLength(2);
  });

  it("reads malformed HTML without crashing", () => {
    const broken =
      "<html><body><div><p>The ferry to Lundholm was cancelled on Friday after a storm damaged the pier, the operator said in a statement" +
      "<p>Passengers were offered refunds or seats on the Monday sailing, which is expected to run as normal.<div><b>Unclosed";
    const page = ingestArticle({ content: broken, contentType: "text/html" });
    expect(page.paragraphs[0]).toMatch(/^The ferry to Lundholm was cancelled/);
    expect(page.paragraphs[1]).toMatch(/^Passengers were offered refunds/);
  });
});
