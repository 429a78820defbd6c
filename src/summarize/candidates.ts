import type { Sentence } from "../nlp/document.js";
import { isBoilerplate } from "./sentence-shape.js";
import { sentenceLength, type StemIndex } from "./stem-index.js";
import { SEPARATE_ARRAYS, type TypedArena } from "./typed-arena.js";

/**
 * Position of each sentence in the story, counting story sentences only (-1 for empty sentences and page
 * furniture): a byline or "Scroll down for video" before the lead must not push it back. With `index`,
 * token counts come from it rather than from each sentence's tokens.
 */
export function storyPositions(sentences: readonly Sentence[], arena: TypedArena = SEPARATE_ARRAYS, index?: StemIndex): Int32Array {
  const positions = arena.int32(sentences.length);
  let position = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    const empty = index === undefined ? sentence.tokens.length === 0 : index.sentenceStarts[s] === index.sentenceStarts[s + 1];
    positions[s] = empty || isBoilerplate(sentence) ? -1 : position++;
  }
  return positions;
}

/** Which sentences a summary may be made of. */
export interface CandidateRules {
  /** Story positions below this are the lead. */
  leadWindow: number;
  /** Shorter sentences are fragments. */
  minWords: number;
  /** At least this many candidates, when the story has them. */
  fewest: number;
}

function containsAny(index: StemIndex, s: number, wanted: ReadonlySet<number>): boolean {
  for (let t = index.sentenceStarts[s] ?? 0, end = index.sentenceStarts[s + 1] ?? 0; t < end; t++) {
    if (wanted.has(index.tokenIds[t] ?? -1)) return true;
  }
  return false;
}

/**
 * Sentence indexes, in document order, that the summary may use: full story sentences of the lead that do
 * not start or end inside a quotation (`straddles`), plus any sharing a `query` word. A story with a short
 * lead is topped up from later full sentences. Fragments come in only when there is no full sentence, and
 * a sentence straddling a quotation only when the story has nothing else at all.
 */
export function summaryCandidates(
  sentences: readonly Sentence[],
  index: StemIndex,
  positions: Int32Array,
  straddles: Uint8Array,
  query: ReadonlySet<number>,
  rules: CandidateRules,
): number[] {
  const chosen: number[] = [];
  const later: number[] = [];
  const fragments: number[] = [];
  const straddling: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const position = positions[s] ?? -1;
    if (position < 0) continue;
    if (straddles[s] === 1) straddling.push(s);
    else if (sentenceLength(index, s) < rules.minWords) fragments.push(s);
    else if (position < rules.leadWindow || (query.size > 0 && containsAny(index, s, query))) chosen.push(s);
    else if (chosen.length + later.length < rules.fewest) later.push(s);
  }
  if (chosen.length < rules.fewest && later.length > 0) {
    const topUp = later.slice(0, rules.fewest - chosen.length);
    return [...chosen, ...topUp].sort((a, b) => a - b);
  }
  if (chosen.length > 0) return chosen;
  return fragments.length > 0 ? fragments : straddling;
}
