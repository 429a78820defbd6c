import { buildBriefing } from "../briefing/build-briefing.js";
import { ENGINE_VERSION, type Briefing } from "../briefing/briefing.js";
import { parseQueryTerms } from "./search/query-terms.js";
import type { LibraryStore, StoredArticle } from "./store.js";

/**
 * An article's briefing from the cache, or built and cached. The key is the article's content hash (plus
 * the topic's search terms when the summary is focused on a topic, since focus changes the summary), and
 * entries are per ENGINE_VERSION, so a new engine never serves an old engine's briefing.
 */
export async function cachedBriefing(store: LibraryStore, article: StoredArticle, topic?: string): Promise<Briefing> {
  const focus = topic === undefined ? "" : parseQueryTerms(topic).map((term) => term.text).join(" ");
  const key = focus === "" ? article.contentHash : `${article.contentHash}?q=${focus}`;
  const cached = await store.getCachedBriefing(key, ENGINE_VERSION);
  if (cached !== undefined) return JSON.parse(cached) as Briefing;
  const briefing = buildBriefing(article, focus === "" ? {} : { query: topic });
  await store.putCachedBriefing(key, ENGINE_VERSION, JSON.stringify(briefing));
  return briefing;
}
