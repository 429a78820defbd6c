import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/articles/detect-format.js";

describe("detectFormat", () => {
  it("trusts the content type first", () => {
    expect(detectFormat("# looks like markdown", { contentType: "text/html; charset=utf-8" })).toBe("html");
    expect(detectFormat("<p>looks like html</p>", { contentType: "text/plain" })).toBe("text");
    expect(detectFormat("plain", { contentType: "text/markdown", fileName: "a.html" })).toBe("markdown");
  });

  it("then the file extension, or the URL path's", () => {
    expect(detectFormat("plain", { contentType: "application/octet-stream", fileName: "story.HTM" })).toBe("html");
    expect(detectFormat("plain", { fileName: "notes.markdown" })).toBe("markdown");
    expect(detectFormat("<p>x</p>", { fileName: "story.txt" })).toBe("text");
    expect(detectFormat("plain", { url: "https://news.example/2024/story.html?x=1" })).toBe("html");
    expect(detectFormat("plain", { fileName: "archive.v2/README" })).toBe("text");
  });

  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["  \n<html lang=en>", "html"],
    ["<!-- saved page --><div>x</div>", "html"],
    ["<article><p>Story</p></article>", "html"],
    ["Some text first, then <p>a paragraph</p>", "html"],
    ["Line one<br>Line two", "html"],
    ["# Heading\n\nText", "markdown"],
    ["Intro\n\n## Section\n\nText", "markdown"],
    ["See [the report](https://example.org/report) for details.", "markdown"],
    ["Plain words, 3 < 4 and #1 ranked.", "text"],
    ["<<Breaking>> news in brackets", "text"],
    ["", "text"],
  ])("sniffs %j as %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
