import type { SourceRef } from "../articles/article.js";
import type { Briefing } from "../briefing/briefing.js";
import type { StoryHit } from "./store.js";

/** The best story for a topic, briefed. */
export interface StoryBriefing {
  kind: "briefing";
  /** What was asked, as typed. */
  topic: string;
  storyId: string;
  /**
   * The briefing of the story's main article (its summary focused on the topic). Its `sources` are all the
   * story's sources, and its `quotes` (and `speakers`) include the quotes of the story's other articles,
   * each quote once even when several sources carry it.
   */
  briefing: Briefing;
  /** The source each of `briefing.quotes` was taken from (same order, same length). */
  quoteSources: SourceRef[];
  /** The next best stories, for "also" lines (at most 3 by default). */
  also: StoryHit[];
}

/** Nothing in the library matches: say what it holds instead of answering with nothing. */
export interface NoMatch {
  kind: "no-match";
  topic: string;
  /** Topics the library does hold that look closest to what was asked (or its most common headline words). */
  suggestions: string[];
  /** The most recent stories. */
  recent: StoryHit[];
  /** How many articles the library holds. */
  articles: number;
}

export type TopicBriefing = StoryBriefing | NoMatch;
