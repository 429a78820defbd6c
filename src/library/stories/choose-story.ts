import { estimateJaccard } from "./minhash.js";
import type { StoryFeatures } from "./story-features.js";

/** A stored article that shares key terms with the new one, within the time window. Store-neutral. */
export interface StoryCandidate {
  /** The candidate article's position in insertion order (for deterministic ties: older wins). */
  articleSeq: number;
  storyRef: number;
  /** When the candidate's story began (its earliest publication, epoch ms). */
  storyStartMs: number;
  /** Sum over shared keys of the smaller of the two weights. */
  sharedWeight: number;
  /** Shared keys that are names on both sides. */
  sharedNames: number;
  /** The candidate's own total key weight and MinHash sketch. */
  weight: number;
  sketch: string;
}

export type StoryMatch = { storyRef: number; storyStartMs: number; reason: "near-duplicate" | "same-event"; score: number };

/** Sharing this share of word 3-grams: the same text lightly edited (a corrected typo, a changed sentence). */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/**
 * Weighted Dice similarity of headline and lead keys above which two articles report the same event...
 * (three reports of one meeting scored 0.48-0.67 in the tests, a same-day story on the same minister 0.2;
 * on the synthetic benchmark stream 0.4 kept pair recall at 0.999)
 */
export const SAME_EVENT_DICE = 0.4;
/**
 * ...provided they also share this many name words: a person's first and last name are two, so one
 * minister in two different stories of the same week is not enough, the minister and the place are...
 */
export const SAME_EVENT_NAMES = 3;
/** ...or, sharing a single name, a much higher similarity (events without many names: a storm, a strike). */
export const ONE_NAME_DICE = 0.55;
/** Windowed candidate search: days before and after the new article's publication. */
export const STORY_WINDOW_DAYS = 3;
/**
 * A story is one event: it takes no article published more than this many days after it began. Without
 * the bound, a topic covered every other day (a war, a trial) chains into one story that never ends.
 */
export const STORY_SPAN_DAYS = 4;
const DAY_MS = 86_400_000;

/**
 * Decides which story, if any, a new article published at `publishedMs` joins: the best near-duplicate,
 * else the most similar same-event candidate, among stories that began at most STORY_SPAN_DAYS before it.
 * Undefined: start a new story. Pure; ties go to the older candidate.
 */
export function chooseStory(features: StoryFeatures, publishedMs: number, candidates: readonly StoryCandidate[]): StoryMatch | undefined {
  let best: (StoryMatch & { seq: number }) | undefined;
  for (const candidate of candidates) {
    if (publishedMs - candidate.storyStartMs > STORY_SPAN_DAYS * DAY_MS) continue;
    const match = matchCandidate(features, candidate);
    if (match === undefined) continue;
    if (best === undefined || match.score > best.score || (match.score === best.score && candidate.articleSeq < best.seq)) {
      best = { ...match, seq: candidate.articleSeq };
    }
  }
  if (best === undefined) return undefined;
  return { storyRef: best.storyRef, storyStartMs: best.storyStartMs, reason: best.reason, score: best.score };
}

function matchCandidate(features: StoryFeatures, candidate: StoryCandidate): StoryMatch | undefined {
  const jaccard = estimateJaccard(features.sketch, candidate.sketch);
  // Near-duplicates rank above any same-event match (Dice is at most 1), closer copies first.
  if (jaccard >= NEAR_DUPLICATE_JACCARD) return { storyRef: candidate.storyRef, storyStartMs: candidate.storyStartMs, reason: "near-duplicate", score: 1 + jaccard };
  const total = features.weight + candidate.weight;
  if (total === 0) return undefined;
  const dice = (2 * candidate.sharedWeight) / total;
  const sameEvent =
    (candidate.sharedNames >= SAME_EVENT_NAMES && dice >= SAME_EVENT_DICE) || (candidate.sharedNames >= 1 && dice >= ONE_NAME_DICE);
  return sameEvent ? { storyRef: candidate.storyRef, storyStartMs: candidate.storyStartMs, reason: "same-event", score: dice } : undefined;
}
