import type { StemIndex } from "./stem-index.js";
import { SEPARATE_ARRAYS, type TypedArena } from "./typed-arena.js";
import type { ReferenceOdds } from "./word-odds.js";

// Picks the sentences whose union a reference summary is expected to overlap most, as ROUGE-1 F1 counts it:
// F1 = 2 * overlap / (summary words + reference words). A content word adds its odds the first time the
// summary uses it and nothing after; a function word adds the chance that the reference uses it once more
// than the summary already does. So repeats earn nothing, and a sentence joins only while its expected
// overlap per word beats half the F1 so far: long leads give two-sentence summaries, short ones three.

/** How many sentences and words the pick may hold. */
export interface PickBudget {
  /** Most sentences. */
  most: number;
  /** Fewest sentences, when that many candidates fit: picked even if they lower the expected F1. */
  fewest: number;
  /** Most words (tokens) in all; Infinity for no limit. */
  words: number;
}

/** What the pick must respect besides the budget. */
export interface PickRules extends PickBudget {
  /** A candidate that opens the summary whatever it adds (the lead sentence), or -1. */
  opening: number;
  /** Expected overlap each sentence (by index) loses for what ROUGE does not see, such as being mostly a quote. */
  penalty: Float64Array;
}

/** P(X >= n) for X ~ Poisson(rate), given exp(-rate). */
function atLeast(n: number, rate: number, expNegRate: number): number {
  let term = expNegRate;
  let below = 0;
  for (let j = 0; j < n; j++) {
    below += term;
    term *= rate / (j + 1);
  }
  return below >= 1 ? 0 : 1 - below;
}

/**
 * Greedy pick from `candidates` (sentence indexes; ties go to the earlier one). `referenceWords` is the
 * expected length of a reference summary in tokens. Returns sentence indexes in document order.
 */
export function pickByExpectedRouge(
  index: StemIndex,
  candidates: readonly number[],
  reference: ReferenceOdds,
  referenceWords: number,
  rules: PickRules,
  arena: TypedArena = SEPARATE_ARRAYS,
): number[] {
  const { odds, rates, absent } = reference;
  const have = arena.int32(index.size);
  const extra = arena.int32(index.size);
  const stamp = arena.int32(index.size);
  const picked = arena.uint8(candidates.length);
  const picks: number[] = [];
  let overlap = 0;
  let words = 0;
  let generation = 0;
  let opening = candidates.indexOf(rules.opening);
  while (picks.length < rules.most) {
    let best = -1;
    let bestF1 = Number.NEGATIVE_INFINITY;
    let bestOverlap = 0;
    const forced = picks.length === 0 ? opening : -1;
    for (let c = 0; c < candidates.length; c++) {
      if (picked[c] === 1 || (forced >= 0 && c !== forced)) continue;
      const s = candidates[c] as number;
      const start = index.sentenceStarts[s] ?? 0;
      const end = index.sentenceStarts[s + 1] ?? 0;
      if (words + end - start > rules.words) continue;
      generation++;
      let gain = -(rules.penalty[s] ?? 0);
      for (let t = start; t < end; t++) {
        const id = index.tokenIds[t] ?? 0;
        if (stamp[id] !== generation) {
          stamp[id] = generation;
          extra[id] = 0;
        }
        const repeat = (extra[id] ?? 0) + 1;
        extra[id] = repeat;
        const nth = (have[id] ?? 0) + repeat;
        if (index.content[id] === 1) gain += nth === 1 ? (odds[id] ?? 0) : 0;
        else gain += atLeast(nth, rates[id] ?? 0, absent[id] ?? 1);
      }
      const f1 = (2 * (overlap + gain)) / (words + end - start + referenceWords);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = c;
        bestOverlap = overlap + gain;
      }
    }
    if (best < 0 && forced >= 0) {
      opening = -1; // the opening sentence does not fit the word budget: pick freely
      continue;
    }
    if (best < 0) break;
    if (picks.length >= rules.fewest && bestF1 <= (2 * overlap) / (words + referenceWords)) break;
    const s = candidates[best] as number;
    picked[best] = 1;
    picks.push(s);
    overlap = bestOverlap;
    for (let t = index.sentenceStarts[s] ?? 0, end = index.sentenceStarts[s + 1] ?? 0; t < end; t++, words++) {
      const id = index.tokenIds[t] ?? 0;
      have[id] = (have[id] ?? 0) + 1;
    }
  }
  return picks.sort((a, b) => a - b);
}
