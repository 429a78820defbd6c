import { describe, expect, it } from "vitest";
import { estimateNestingDepth } from "../../src/articles/html/nesting-depth.js";
import { IngestError } from "../../src/articles/ingest-error.js";
import { ingestArticle } from "../../src/articles/ingest.js";

const PROSE =
  "The harbour authority said on Friday that the new pier would open in May, a month later than planned, after storms delayed work.";

describe("HTML guards", () => {
  it("estimates nesting depth from tags, ignoring void, self-ending and raw-text elements", () => {
    expect(estimateNestingDepth("<html><body><div><p>a<p>b<br><img src=x></div></body></html>", 100)).toBe(3);
    expect(estimateNestingDepth("<ul><li>a</li><li>b</li></ul><script>if (a<b) { x = '<div><div>'; }</script>", 100)).toBe(1);
    expect(estimateNestingDepth("<!-- <div><div><div> -->", 100)).toBe(0);
    expect(estimateNestingDepth("<b>x".repeat(10_000), 512)).toBe(513); // stops just past the limit
  });

  it("refuses pathologically nested markup with a clear message", () => {
    const html = `<html><body>${"<div>".repeat(50_000)}<p>${PROSE}</p></body></html>`;
    const attempt = (): unknown => ingestArticle({ content: html });
    expect(attempt).toThrow(IngestError);
    expect(attempt).toThrow(/nested too deeply/);
  });

  it("reads deep (but not pathological) markup without Readability, still skipping page chrome", () => {
    const html =
      `<html><head><title>Pier opening delayed</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
      `${"<div>".repeat(100)}<h1>Pier opening delayed</h1><p>${PROSE}</p><p>${PROSE.replace("May", "June")}</p>${"</div>".repeat(100)}` +
      `<footer><p>© 2024 Harbour News</p></footer></body></html>`;
    const article = ingestArticle({ content: html });
    expect(article.title).toBe("Pier opening delayed");
    expect(article.paragraphs).toEqual([PROSE, PROSE.replace("May", "June")]);
  });
});
