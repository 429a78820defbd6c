import type { SourceRef } from "../articles/article.js";
import type { StoredArticle } from "./store.js";

/** The article's own source, or one named after the configured source that brought it; with its URL when known. */
export function sourceOfArticle(article: StoredArticle): SourceRef {
  const source: SourceRef = article.source ?? { name: article.sourceId };
  if (source.url !== undefined || article.url === undefined) return source;
  return { ...source, url: article.url };
}
