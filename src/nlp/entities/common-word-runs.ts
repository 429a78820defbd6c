import type { NameRun } from "./name-runs.js";
import { F_LOWER, F_SENT, type WordTable } from "./word-table.js";

/**
 * "Things have changed", "Friends offered", "Eyebrows raised": a lone word that opens a sentence is capitalised
 * by its place alone. When the article also writes that word in lower case, it is a common word there, and its
 * acting or speaking at the sentence start makes no person of it. Returns those words (lower case); usually none.
 * Linear: the runs are tested once, and the tokens only when a run qualifies, by length before by string.
 */
export function commonSentenceOpeners(t: WordTable, runs: readonly NameRun[]): Set<string> | null {
  let candidates: Set<string> | null = null;
  let lengths = 0;
  for (const run of runs) {
    if (run.first !== run.last || run.kind !== "unknown" || ((t.flags[run.first] ?? 0) & F_SENT) === 0) continue;
    const lower = t.lower[run.first] ?? "";
    (candidates ??= new Set()).add(lower);
    lengths |= 1 << Math.min(lower.length, 31);
  }
  if (candidates === null) return null;
  let found: Set<string> | null = null;
  for (let k = 0; k < t.count; k++) {
    if (((t.flags[k] ?? 0) & F_LOWER) === 0 || (lengths & (1 << Math.min((t.end[k] as number) - (t.start[k] as number), 31))) === 0) continue;
    const lower = t.lower[k] ?? "";
    if (candidates.has(lower)) (found ??= new Set()).add(lower);
  }
  return found;
}

/** The run is a lone sentence opener that `common` lists. */
export function isCommonOpener(t: WordTable, run: NameRun, common: ReadonlySet<string> | null): boolean {
  return common !== null && run.first === run.last && ((t.flags[run.first] ?? 0) & F_SENT) !== 0 && common.has(t.lower[run.first] ?? "");
}
