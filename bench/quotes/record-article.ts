import type { Article } from "../../src/articles/article.js";

/** A PolNeAR record's article, and where each of its paragraphs starts in the record's original text. */
export interface RecordArticle {
  article: Article;
  /** Offset in the original text of each paragraph (title excluded). */
  paragraphStarts: number[];
}

/**
 * Line 1 is the headline; every other non-blank line is a paragraph (PolNeAR separates paragraphs by blank
 * lines and sometimes by a single newline). Paragraphs are whitespace-trimmed but otherwise verbatim.
 */
export function recordArticle(id: string, text: string): RecordArticle {
  const paragraphs: string[] = [];
  const paragraphStarts: number[] = [];
  let title: string | null = null;
  let pos = 0;
  for (const line of text.split("\n")) {
    let s = pos;
    let e = pos + line.length;
    pos = e + 1;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e === s) continue;
    if (title === null) {
      title = text.slice(s, e);
      continue;
    }
    paragraphs.push(text.slice(s, e));
    paragraphStarts.push(s);
  }
  return { article: { id, title: title ?? "", paragraphs }, paragraphStarts };
}
