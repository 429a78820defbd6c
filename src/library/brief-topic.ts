import type { SourceRef } from "../articles/article.js";
import { listSpeakers } from "../briefing/speakers.js";
import { cachedBriefing } from "./cached-briefing.js";
import { mergeStoryQuotes, type SourcedBriefing } from "./merge-quotes.js";
import { sourceOfArticle } from "./source-of-article.js";
import type { LibraryStore, StoredArticle, Story, StoryHit } from "./store.js";
import type { NoMatch, StoryBriefing, TopicBriefing } from "./topic-briefing.js";
import { suggestTopics } from "./topic-suggestions.js";

export interface BriefTopicOptions {
  /** "Now" for recency ranking. Default: the store's clock. */
  now?: Date;
  /** How many next-best stories to list under the briefing. Default 3. */
  also?: number;
  /**
   * Other articles of the story whose quotes are merged in, at most, one per other source first. Default 6:
   * each costs a briefing when not cached, and a big story has dozens, mostly repeating the same quotes.
   */
  maxMergedArticles?: number;
}

/** How many recent stories' headlines feed the "closest topics" of a no-match answer. */
const SUGGESTION_HEADLINES = 200;
const RECENT_ON_NO_MATCH = 5;
// Story ids are "s-" and the id of the story's first article.
const STORY_ID = /^s-[\w-]+$/;

/**
 * brief(topic): the best-matching story's briefing, focused on the topic, with every source's quotes merged
 * (each once) and "also" hits for the next stories. A story id ("s-…") briefs that story. Never empty: when
 * nothing matches, a NoMatch says what the library holds and which topics come closest.
 */
export async function briefTopic(store: LibraryStore, topic: string, options: BriefTopicOptions = {}): Promise<TopicBriefing> {
  const alsoCount = Math.max(0, options.also ?? 3);
  const asked = topic.trim();
  if (STORY_ID.test(asked)) {
    const story = await store.getStory(asked);
    if (story !== undefined) return briefStory(store, asked, story, mainArticle(story), [], options, false);
  }
  const searchOptions = options.now === undefined ? { limit: alsoCount + 1 } : { limit: alsoCount + 1, now: options.now };
  const [best, ...also] = await store.search(asked, searchOptions);
  const story = best === undefined ? undefined : await store.getStory(best.storyId);
  if (best === undefined || story === undefined || story.articles.length === 0) return noMatch(store, topic);
  const main = story.articles.find((article) => article.id === best.articleId) ?? mainArticle(story);
  return briefStory(store, topic, story, main, also, options, true);
}

async function briefStory(
  store: LibraryStore,
  topic: string,
  story: Story,
  main: StoredArticle,
  also: StoryHit[],
  options: BriefTopicOptions,
  focused: boolean,
): Promise<StoryBriefing> {
  const mainBriefing = await cachedBriefing(store, main, focused ? topic : undefined);
  const others: SourcedBriefing[] = [];
  for (const article of mergeOrder(story, main).slice(0, options.maxMergedArticles ?? 6)) {
    others.push({ briefing: await cachedBriefing(store, article), source: sourceOfArticle(article) });
  }
  const mainSource = sourceOfArticle(main);
  const merged = mergeStoryQuotes({ briefing: mainBriefing, source: mainSource }, others, Math.max(3, mainBriefing.keyQuotes.length));
  const sources: SourceRef[] = [mainSource, ...story.sources.filter((s) => s.name.trim().toLowerCase() !== sourceKey(main))];
  return {
    kind: "briefing",
    topic,
    storyId: story.id,
    briefing: { ...mainBriefing, sources, quotes: merged.quotes, keyQuotes: merged.keyQuotes, speakers: listSpeakers(merged.quotes) },
    quoteSources: merged.quoteSources,
    also,
  };
}

/** The story's other articles: the first of each other source (new voices), then the rest, oldest first. */
function mergeOrder(story: Story, main: StoredArticle): StoredArticle[] {
  const seen = new Set([sourceKey(main)]);
  const first: StoredArticle[] = [];
  const rest: StoredArticle[] = [];
  for (const article of story.articles) {
    if (article.id === main.id) continue;
    const key = sourceKey(article);
    (seen.has(key) ? rest : first).push(article);
    seen.add(key);
  }
  return [...first, ...rest];
}

function sourceKey(article: StoredArticle): string {
  return sourceOfArticle(article).name.trim().toLowerCase();
}

/** Without a query to pick one, the fullest article (most paragraphs; the earliest among equals). */
function mainArticle(story: Story): StoredArticle {
  let best = story.articles[0] as StoredArticle;
  for (const article of story.articles) if (article.paragraphs.length > best.paragraphs.length) best = article;
  return best;
}

async function noMatch(store: LibraryStore, topic: string): Promise<NoMatch> {
  const headlines = (await store.recentStories(SUGGESTION_HEADLINES)).map((hit) => hit.headline);
  return {
    kind: "no-match",
    topic,
    suggestions: suggestTopics(topic, headlines),
    recent: await store.recentStories(RECENT_ON_NO_MATCH),
    articles: await store.countArticles(),
  };
}
