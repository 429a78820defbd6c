import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../../src/articles/ingest.js";
import { itemMarkdown } from "../../../src/sources/feeds/item-markdown.js";

const roundTrip = (title: string, paragraphs: string[]) => {
  const article = ingestArticle({ content: itemMarkdown(title, paragraphs), contentType: "text/markdown" });
  return { title: article.title, paragraphs: article.paragraphs };
};

describe("itemMarkdown", () => {
  it("keeps the title as the headline, even when it ends like a sentence", () => {
    expect(roundTrip("Minister resigns.", ["The minister resigned on Monday after a week of pressure."]).title).toBe("Minister resigns.");
  });

  it("reads back every character verbatim: quotes, markup-like text, list and heading markers", () => {
    const paragraphs = [
      "“We’re not done,” she said — \"it's *only* the start\" & AT&T agreed <b>loudly</b>.",
      "1. Not a list item, and 2) neither is this; # not a heading; > not a quote.",
      "- not a bullet, + nor this; [not a link](http://x.example) ![no image](y) `no code` ~~no strike~~ a_b_c __u__ \\ back|slash",
      "= a setext line? No. &amp; stays as written, and www.example.com is just text.",
    ];
    expect(roundTrip("Title with *stars* & [brackets]", paragraphs)).toEqual({ title: "Title with *stars* & [brackets]", paragraphs });
  });
});
