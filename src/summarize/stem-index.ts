import type { Sentence, TokenColumns } from "../nlp/document.js";
import { shapeOf } from "../nlp/word-lexicon.js";
import { stem } from "../nlp/tokens.js";
import { STOP_WORDS } from "./stop-words.js";
import { SEPARATE_ARRAYS, type TypedArena } from "./typed-arena.js";

/**
 * The story's stems numbered 0..size-1 in order of first use, with each token's number. Every later step
 * (word statistics, expected overlap with a reference) then works on integer ids and typed arrays instead
 * of string-keyed sets: the summarizer must cost well under 0.1 ms per article.
 */
export interface StemIndex {
  /** Stem id of each token, in document order. */
  tokenIds: Int32Array;
  /** Shape bits of each token (SHAPE_CAPITALISED, SHAPE_DIGIT), in document order. */
  shapes: Uint8Array;
  /** Where each sentence's tokens start in `tokenIds` (one extra entry: the end). */
  sentenceStarts: Int32Array;
  /** 1 for a stem that carries topic, 0 for a function word (a stop word or a single character). */
  content: Uint8Array;
  /** The stem of each id. */
  stems: readonly string[];
  /** Number of distinct stems. */
  size: number;
}

// Decided by the stem alone, so whether a stem counts never depends on which story the process saw first.
const FUNCTION_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].map(stem));

/** True for a stem that carries topic: not a stop word's, not a single character. */
export const isContentStem = (stemmed: string): boolean => stemmed.length > 1 && !FUNCTION_STEMS.has(stemmed);

/**
 * The index of a document's sentences. With the `columns` analyse() built in the same pass as the tokens
 * it costs one set lookup per distinct stem; without (a document assembled by hand), one pass over the tokens.
 */
export function buildStemIndex(sentences: readonly Sentence[], columns?: TokenColumns, arena: TypedArena = SEPARATE_ARRAYS): StemIndex {
  const index = columns === undefined ? numberTokens(sentences) : fromColumns(columns, arena);
  for (let id = 0; id < index.size; id++) index.content[id] = isContentStem(index.stems[id] as string) ? 1 : 0;
  return index;
}

function fromColumns(columns: TokenColumns, arena: TypedArena): StemIndex {
  const size = columns.stems.length;
  return {
    tokenIds: columns.stem,
    shapes: columns.shape,
    sentenceStarts: columns.sentenceStarts,
    content: arena.uint8(size),
    stems: columns.stems,
    size,
  };
}

function numberTokens(sentences: readonly Sentence[]): StemIndex {
  let tokenCount = 0;
  for (const sentence of sentences) tokenCount += sentence.tokens.length;
  const tokenIds = new Int32Array(tokenCount);
  const shapes = new Uint8Array(tokenCount);
  const sentenceStarts = new Int32Array(sentences.length + 1);
  const idOf = new Map<string, number>();
  const stems: string[] = [];
  let at = 0;
  for (let s = 0; s < sentences.length; s++) {
    sentenceStarts[s] = at;
    for (const token of (sentences[s] as Sentence).tokens) {
      let id = idOf.get(token.stem);
      if (id === undefined) {
        id = stems.length;
        idOf.set(token.stem, id);
        stems.push(token.stem);
      }
      shapes[at] = shapeOf(token.text);
      tokenIds[at++] = id;
    }
  }
  sentenceStarts[sentences.length] = at;
  return { tokenIds, shapes, sentenceStarts, content: new Uint8Array(stems.length), stems, size: stems.length };
}

/** Number of tokens of sentence `s`. */
export function sentenceLength(index: StemIndex, s: number): number {
  return (index.sentenceStarts[s + 1] ?? 0) - (index.sentenceStarts[s] ?? 0);
}

/** Ids of the given stems that are content stems of the story (stems absent from it can never be matched). */
export function knownContentIds(index: StemIndex, stems: Iterable<string>): Set<number> {
  const wanted = new Set(stems);
  const out = new Set<number>();
  if (wanted.size === 0) return out;
  for (let id = 0; id < index.size; id++) {
    if (index.content[id] === 1 && wanted.has(index.stems[id] as string)) out.add(id);
  }
  return out;
}

/** Ids of the content stems among `ids` (stem ids, -1 for a stem absent from the story). */
export function contentIds(index: StemIndex, ids: ArrayLike<number>): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (id >= 0 && index.content[id] === 1) out.add(id);
  }
  return out;
}
