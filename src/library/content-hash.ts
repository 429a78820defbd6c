import { createHash } from "node:crypto";
import type { Article } from "../articles/article.js";

/**
 * sha256 (hex) of the normalised headline and paragraphs, the text ingest hashes for `Article.id`: so an
 * article's id is the first 16 digits of its content hash. Feed GUIDs, URLs and dates do not count: the
 * same story re-published under a new GUID hashes the same.
 */
export function contentHash(article: Pick<Article, "title" | "paragraphs">): string {
  return createHash("sha256").update(`${article.title}\n${article.paragraphs.join("\n")}`).digest("hex");
}
