import { fetchPage } from "../fetch/fetch-page.js";
import type { FetchPolicy } from "../fetch/fetch-policy.js";
import type { Article } from "./article.js";
import { ingestArticle } from "./ingest.js";

/** Fetches one page (SSRF-safe, bounded) and ingests it: what `/brief <URL>` and `newsbrief brief <URL>` do. */
export async function fetchArticle(url: string, policy: FetchPolicy): Promise<Article> {
  const page = await fetchPage(url, { policy });
  return ingestArticle({ content: page.body, contentType: page.contentType, url: page.url, source: { name: new URL(page.url).hostname, url: page.url } });
}
