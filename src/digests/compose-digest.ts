import type { DigestItem, DigestReply } from "../chat/reply.js";
import { briefTopic } from "../library/brief-topic.js";
import type { LibraryStore, StoryHit } from "../library/store.js";
import { passesKeywordFilter } from "./keyword-filter.js";
import type { Subscription } from "./subscription.js";


export interface ComposedDigest {
  reply: DigestReply;
  /** The stories in it, to record as sent to the channel once the platform accepted it. */
  storyIds: string[];
}

/** What a digest is about: a subscription, or what `/digest preview` makes up for a topic. */
export type DigestFilter = Pick<Subscription, "topic" | "include" | "exclude" | "maxStories" | "timeZone">;

export interface DigestWindow {
  /** Stories updated after this are new (the previous digest's slot). */
  since: Date;
  /** The slot being delivered: the digest covers stories up to it. */
  until: Date;
}

/** How many search hits are looked at before filters; a digest holds at most 10 stories. */
const CANDIDATES = 50;
/** Summary sentences per story: a digest item is a short briefing. */
const SUMMARY_SENTENCES = 2;

/**
 * What one digest holds: the stories matching the subscription's topic and keyword filters that are new in
 * the window and were never sent to the channel, best first, each a short briefing with its best quote.
 */
export async function composeDigest(
  library: LibraryStore,
  subscription: DigestFilter,
  window: DigestWindow,
  alreadySent: (storyIds: string[]) => Promise<Set<string>>,
): Promise<ComposedDigest> {
  const hits = (await library.search(subscription.topic, { limit: CANDIDATES, now: window.until })).filter((hit) => isNewIn(hit, window));
  const sent = await alreadySent(hits.map((hit) => hit.storyId));
  const items: DigestItem[] = [];
  const storyIds: string[] = [];
  for (const hit of hits) {
    if (items.length >= subscription.maxStories) break;
    if (sent.has(hit.storyId)) continue;
    const item = await storyItem(library, hit, subscription);
    if (item === undefined) continue;
    items.push(item);
    storyIds.push(hit.storyId);
  }
  return { reply: { kind: "digest", title: `Digest: ${subscription.topic}`, intro: intro(items.length, window.since, subscription.timeZone), items }, storyIds };
}

function isNewIn(hit: StoryHit, window: DigestWindow): boolean {
  const updated = Date.parse(hit.updated);
  return updated > window.since.getTime() && updated <= window.until.getTime();
}

async function storyItem(library: LibraryStore, hit: StoryHit, subscription: DigestFilter): Promise<DigestItem | undefined> {
  if (subscription.include.length > 0 || subscription.exclude.length > 0) {
    // Filters read every article of the story: a keyword in any source's text counts, and is checked before
    // the (costlier) briefing is built.
    const story = await library.getStory(hit.storyId);
    const text = story?.articles.map((article) => [article.title, ...article.paragraphs].join("\n")).join("\n") ?? hit.headline;
    if (!passesKeywordFilter(text, subscription.include, subscription.exclude)) return undefined;
  }
  const briefed = await briefTopic(library, hit.storyId, { also: 0 });
  if (briefed.kind !== "briefing") return undefined;
  const { briefing } = briefed;
  const quote = briefing.keyQuotes[0];
  return {
    headline: briefing.headline,
    summary: briefing.summary.slice(0, SUMMARY_SENTENCES),
    ...(quote === undefined ? {} : { quote }),
    sources: briefing.sources,
  };
}

function intro(count: number, since: Date, timeZone: string): string {
  const when = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(since);
  if (count === 0) return `Since ${when} (${timeZone}).`;
  return `${count} new ${count === 1 ? "story" : "stories"} since ${when} (${timeZone}).`;
}
