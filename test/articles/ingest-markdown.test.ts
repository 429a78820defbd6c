import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/articles/ingest.js";
import { fixture } from "./fixtures.js";

describe("ingestArticle: Markdown", () => {
  it("takes the level-1 heading as the title and paragraphs, items and quotes as plain-text paragraphs", () => {
    const article = ingestArticle({ content: fixture("article.md"), fileName: "article.md" });
    expect(article.title).toBe("Library opens its doors & its archive to the public");
    expect(article.paragraphs).toEqual([
      "The city library will open its historic archive to visitors for the first time next month, the library trust said on Monday.",
      "Visitors will be able to see:",
      "letters written by the founder of the library in 1889;",
      "maps of the old harbour, some of them hand-coloured;",
      "the first edition of the city's newspaper.",
      "\"These papers belong to everyone, not just researchers,\" said the trust's director, Marta Szabo.",
      "Opening hours",
      "The archive will open on Saturdays from 10am to 4pm. Entry is free, but visitors must book a slot on the library's website. Use code ARCHIVE24 when booking.",
    ]);
  });

  it("is sniffed from a leading heading, and takes an opening level-2 heading as the title", () => {
    const article = ingestArticle({ content: "## Snow closes mountain pass\n\nThe pass will reopen on *Friday* &mdash; weather permitting.\n" });
    expect(article.title).toBe("Snow closes mountain pass");
    expect(article.paragraphs).toEqual(["The pass will reopen on Friday — weather permitting."]);
  });

  it("does not take a later level-2 heading as the title", () => {
    const article = ingestArticle({ content: "Intro paragraph with a [link](https://x.example).\n\n## Background\n\nMore text here.", contentType: "text/markdown" });
    expect(article.title).toBe("");
    expect(article.paragraphs).toEqual(["Intro paragraph with a link.", "Background", "More text here."]);
  });

  it("reads the title from YAML front matter", () => {
    const article = ingestArticle({ content: "---\ntitle: \"Museum roof repaired\"\ndate: 2024-01-01\n---\n\nThe roof is fixed.\n", fileName: "museum.md" });
    expect(article.title).toBe("Museum roof repaired");
    expect(article.paragraphs).toEqual(["The roof is fixed."]);
  });

  it("de-duplicates a headline repeated under the heading", () => {
    const article = ingestArticle({ content: "# Dam upgrade finished\n\nDam upgrade finished\n\nWork ended a month early.", fileName: "dam.markdown" });
    expect(article.title).toBe("Dam upgrade finished");
    expect(article.paragraphs).toEqual(["Work ended a month early."]);
  });
});
