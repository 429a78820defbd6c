import type { StoryCandidate } from "./choose-story.js";
import { keyOverlap } from "./key-overlap.js";
import type { StoryFeatures } from "./story-features.js";

/** A stored article as story clustering sees it. */
export interface WindowArticle {
  seq: number;
  storyRef: number;
  /** When its story began, as known when it was loaded or added. */
  storyStartMs: number;
  keys: Map<string, number>;
  weight: number;
  sketch: string;
  publishedMs: number;
}

const DAY_MS = 86_400_000;
/** Articles per publication day taken into account (the most recent by storage order): bounds memory and time. */
export const MAX_ARTICLES_PER_DAY = 5_000;
/**
 * A key carried by more articles of one day than this is too common to find candidates with (its overlap
 * still counts): 64 is a quarter of a day at 100,000 articles a year, and the event's rarer names find it.
 */
const MAX_POSTINGS = 64;
/** Story starts remembered (a cache: loads bring each article's story start along). */
const MAX_STORY_STARTS = 100_000;
/** Keys lighter than this (plain lead words) are too common to find candidates with. */
const MIN_FINDING_WEIGHT = 2;
/** Days kept in memory: the window (7 days) with room for articles arriving a little out of order. */
const MAX_DAYS = 10;

/** An article in the window, with scratch fields for scoring (no per-call maps in the hot loop). */
interface Entry {
  article: WindowArticle;
  evicted: boolean;
  /** Shared weight found in the current `candidates` call, valid when `mark` equals that call's mark. */
  score: number;
  mark: number;
}

interface Postings {
  /** The day's entries with the key, in storage order, and the key's weight in each; evicted ones are skipped until compacted. */
  entries: Entry[];
  weights: number[];
  /** How many of them are not evicted (what a fresh load would hold). */
  live: number;
}

interface Day {
  /** In storage order; the first `evictedCount` are evicted (the oldest go first). */
  entries: Entry[];
  postings: Map<string, Postings>;
  evictedCount: number;
}

/** The UTC day number of an epoch time. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * An in-memory inverted index of the clustering keys of recently used publication days, loaded from the
 * store on demand. It is a cache: given the same stored articles it yields the same candidates as a fresh
 * load, so clustering stays deterministic; the store clears it when another process writes or a
 * transaction fails.
 */
export class StoryWindow {
  readonly #days = new Map<number, Day>();
  readonly #loadDay: (day: number, limit: number) => WindowArticle[];
  #mark = 0;
  /** Scratch list of the entries scored by the current call, reused to spare an allocation per call. */
  readonly #touched: Entry[] = [];
  readonly #storyStarts = new Map<number, number>();

  /** `loadDay` returns the stored articles published on that UTC day, the `limit` most recently stored. */
  constructor(loadDay: (day: number, limit: number) => WindowArticle[]) {
    this.#loadDay = loadDay;
  }

  /**
   * Articles published within `windowDays` days of `publishedMs` that share the most key weight with the
   * new article (exact overlap), best first, at most `limit`.
   */
  candidates(features: StoryFeatures, publishedMs: number, windowDays: number, limit: number): StoryCandidate[] {
    const center = dayOf(publishedMs);
    const mark = ++this.#mark;
    // Candidates are found through names and headline words; plain lead words only count in the overlap.
    const finding: Array<[string, number]> = [];
    features.keys.forEach((weight, key) => {
      if (weight >= MIN_FINDING_WEIGHT) finding.push([key, weight]);
    });
    const touched = this.#touched;
    touched.length = 0;
    for (let day = center - windowDays; day <= center + windowDays; day++) {
      const index = this.#day(day);
      for (const [key, weight] of finding) {
        const postings = index.postings.get(key);
        if (postings === undefined || postings.live > MAX_POSTINGS) continue;
        const { entries, weights } = postings;
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[i]!;
          if (entry.evicted) continue;
          if (entry.mark !== mark) {
            entry.mark = mark;
            entry.score = 0;
            touched.push(entry);
          }
          entry.score += Math.min(weight, weights[i]!);
        }
      }
    }
    const windowMs = (windowDays + 1) * DAY_MS;
    const best: Entry[] = [];
    for (const entry of touched) {
      if (Math.abs(entry.article.publishedMs - publishedMs) <= windowMs) insertTop(best, entry, limit);
    }
    touched.length = 0;
    const candidates: StoryCandidate[] = [];
    for (const { article } of best) {
      const { sharedWeight, sharedNames } = keyOverlap(features.keys, article.keys);
      const storyStartMs = Math.min(article.storyStartMs, this.#storyStarts.get(article.storyRef) ?? Infinity);
      candidates.push({ articleSeq: article.seq, storyRef: article.storyRef, storyStartMs, sharedWeight, sharedNames, weight: article.weight, sketch: article.sketch });
    }
    return candidates;
  }

  /**
   * Adds a just-stored article to its day, if that day is in memory (otherwise the next load reads it).
   * `movedStart`: the article made its story begin earlier than the start its other articles carry.
   */
  add(article: WindowArticle, movedStart = false): void {
    // Entries already in memory keep the story start they were added or loaded with, so a story whose start
    // moved is remembered here (loads read the current start). Only moved stories: remembering every story
    // held 100,000 map entries (3-5 MB of heap) at 100,000 articles for nothing.
    const start = this.#storyStarts.get(article.storyRef);
    if (start === undefined ? movedStart : article.storyStartMs < start) {
      if (this.#storyStarts.size >= MAX_STORY_STARTS) this.#storyStarts.clear();
      this.#storyStarts.set(article.storyRef, article.storyStartMs);
    }
    const index = this.#days.get(dayOf(article.publishedMs));
    if (index === undefined) return;
    const entry: Entry = { article, evicted: false, score: 0, mark: 0 };
    index.entries.push(entry);
    for (const [key, weight] of article.keys) {
      const postings = index.postings.get(key);
      if (postings === undefined) index.postings.set(key, { entries: [entry], weights: [weight], live: 1 });
      else {
        postings.entries.push(entry);
        postings.weights.push(weight);
        postings.live++;
      }
    }
    if (index.entries.length - index.evictedCount > MAX_ARTICLES_PER_DAY) this.#evictOldest(index);
  }

  clear(): void {
    this.#days.clear();
    this.#storyStarts.clear();
  }

  #day(day: number): Day {
    let index = this.#days.get(day);
    if (index !== undefined) {
      // Most recently used last: the first entry is the one to drop.
      this.#days.delete(day);
      this.#days.set(day, index);
      return index;
    }
    index = { entries: [], postings: new Map(), evictedCount: 0 };
    this.#days.set(day, index);
    const loaded = this.#loadDay(day, MAX_ARTICLES_PER_DAY).sort((a, b) => a.seq - b.seq);
    for (const article of loaded) this.add(article);
    if (this.#days.size > MAX_DAYS) this.#days.delete(this.#days.keys().next().value as number);
    return index;
  }

  #evictOldest(index: Day): void {
    const oldest = index.entries[index.evictedCount];
    if (oldest === undefined) return;
    oldest.evicted = true;
    index.evictedCount++;
    for (const key of oldest.article.keys.keys()) {
      const postings = index.postings.get(key);
      if (postings !== undefined) postings.live--;
    }
    // Compact once half the day is evicted, so the cost is amortised over many additions.
    if (index.evictedCount * 2 < index.entries.length) return;
    index.entries = index.entries.slice(index.evictedCount);
    for (const [key, postings] of index.postings) {
      const keep = postings.entries.map((entry) => !entry.evicted);
      postings.entries = postings.entries.filter((_, i) => keep[i]);
      postings.weights = postings.weights.filter((_, i) => keep[i]);
      if (postings.entries.length === 0) index.postings.delete(key);
    }
    index.evictedCount = 0;
  }
}

/** Keeps `top` the `limit` best entries (most shared weight, then oldest), sorted: a bounded insertion sort. */
function insertTop(top: Entry[], entry: Entry, limit: number): void {
  if (top.length === limit && !better(entry, top[top.length - 1]!)) return;
  let i = top.length;
  while (i > 0 && better(entry, top[i - 1]!)) i--;
  top.splice(i, 0, entry);
  if (top.length > limit) top.pop();
}

function better(a: Entry, b: Entry): boolean {
  return a.score > b.score || (a.score === b.score && a.article.seq < b.article.seq);
}
