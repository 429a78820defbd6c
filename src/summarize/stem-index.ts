import type { Sentence } from "../nlp/document.js";
import { stem } from "../nlp/tokens.js";
import { STOP_WORDS } from "./stop-words.js";

/**
 * The story's stems numbered 0..size-1, with each token's number, built in one pass. Every later step
 * (word statistics, expected overlap with a reference) then works on integer ids and typed arrays instead
 * of string-keyed sets: the summarizer must cost well under 0.1 ms per article.
 */
export interface StemIndex {
  /** Stem id of each token, in document order. */
  tokenIds: Int32Array;
  /** Where each sentence's tokens start in `tokenIds` (one extra entry: the end). */
  sentenceStarts: Int32Array;
  /** 1 for a stem that carries topic, 0 for a function word (a stop word or a single character). */
  content: Uint8Array;
  /** Which story built this index (ids are looked up through the process-wide stem table). */
  story: number;
  /** Number of distinct stems. */
  size: number;
}

// Stems are interned once per process: a story then costs one map lookup per token (which also says whether
// the token is a function word) instead of two. The table is bounded like the tokenizer's stem cache: when it
// is full it starts over between two stories, so memory stays flat on any input stream.
const GLOBAL_LIMIT = 200_000;
let globalIds = new Map<string, number>();
let globalContent: Uint8Array = new Uint8Array(1024);
let localOf: Int32Array = new Int32Array(1024);
let stampOf: Int32Array = new Int32Array(1024);
// Decided by the stem alone, so whether a stem counts never depends on which story the process saw first.
const FUNCTION_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].map(stem));
let story = 0;

/** True for a stem that carries topic: not a stop word's, not a single character. */
export const isContentStem = (stemmed: string): boolean => stemmed.length > 1 && !FUNCTION_STEMS.has(stemmed);

function globalId(stemmed: string): number {
  let id = globalIds.get(stemmed);
  if (id === undefined) {
    id = globalIds.size;
    globalIds.set(stemmed, id);
    if (id >= localOf.length) {
      localOf = grow(localOf);
      stampOf = grow(stampOf);
      const content = new Uint8Array(globalContent.length * 2);
      content.set(globalContent);
      globalContent = content;
    }
    globalContent[id] = isContentStem(stemmed) ? 1 : 0;
  }
  return id;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function buildStemIndex(sentences: readonly Sentence[]): StemIndex {
  if (globalIds.size >= GLOBAL_LIMIT) {
    globalIds = new Map<string, number>();
    stampOf.fill(0);
  }
  story = story === 0x7fffffff ? 1 : story + 1;
  let tokenCount = 0;
  for (const sentence of sentences) tokenCount += sentence.tokens.length;
  const tokenIds = new Int32Array(tokenCount);
  const sentenceStarts = new Int32Array(sentences.length + 1);
  const content: number[] = [];
  let at = 0;
  for (let s = 0; s < sentences.length; s++) {
    sentenceStarts[s] = at;
    for (const token of (sentences[s] as Sentence).tokens) {
      const global = globalId(token.stem);
      let id: number;
      if (stampOf[global] === story) {
        id = localOf[global] ?? 0;
      } else {
        id = content.length;
        stampOf[global] = story;
        localOf[global] = id;
        content.push(globalContent[global] ?? 0);
      }
      tokenIds[at++] = id;
    }
  }
  sentenceStarts[sentences.length] = at;
  return { tokenIds, sentenceStarts, content: Uint8Array.from(content), story, size: content.length };
}

/** Ids of the given stems that are content stems of the story (stems absent from it can never be matched). */
export function knownContentIds(index: StemIndex, stems: Iterable<string>): Set<number> {
  const out = new Set<number>();
  // Only valid while this is the latest index built: summarize() uses it right away, never later.
  for (const stemmed of stems) {
    const global = globalIds.get(stemmed);
    if (global === undefined || stampOf[global] !== index.story) continue;
    const id = localOf[global] ?? 0;
    if (index.content[id] === 1) out.add(id);
  }
  return out;
}
