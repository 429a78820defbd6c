import { L_DETERMINER, L_NP_BREAKER } from "../nlp/entities/lexicon.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { F_LOWER, wordBits, type WordTable } from "../nlp/entities/word-table.js";

// Auxiliaries and modals: a verb follows them, never the subject of a later verb ("Will" is also a given name).
const AUXILIARIES = new Set(["is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "would", "could", "should", "might", "must", "can", "do", "does", "did"]);
const MAX_SKIPPED = 3;

/**
 * "which had forced lawyers for Cruz", "would presumably allow lawmakers to": words read back from a verb that
 * open on a lower-case word right after an auxiliary (past an adverb or another auxiliary) start with a verb;
 * they are its predicate, not a subject. Returns -1 when `first` opens no such predicate; else the token of a
 * "what" before the auxiliaries, whose clause is a noun phrase ("what has been made available [suggests]"), or
 * `first` when there is none.
 */
export function predicateStart(t: WordTable, first: number): number {
  if (((t.flags[first] ?? 0) & F_LOWER) === 0 || (wordBits(t, first) & L_DETERMINER) !== 0) return -1;
  let auxiliary = -1;
  // The auxiliaries are fillers too ("he had said"): test each word before skipping it as an adverb.
  for (let k = first - 1, n = 0; n <= MAX_SKIPPED; k--, n++) {
    if ((wordBits(t, k) & L_NP_BREAKER) !== 0 && AUXILIARIES.has(t.lower[k] ?? "")) auxiliary = k;
    else if (!isFillerAt(t, k)) return auxiliary < 0 ? -1 : t.lower[k] === "what" ? k : first;
  }
  return auxiliary < 0 ? -1 : first;
}
