import { F_CAP, type WordTable } from "../nlp/entities/word-table.js";

/**
 * A word in -ed inside a speaker phrase may end it as a past-tense verb ("The spokesman refused"), but not when it
 * is capitalised ("Prince Alwaleed", "Mr. Reed": a name mid-sentence) or a hyphenated compound ("Los
 * Angeles-based", "state-owned", "long-awaited"): English forms adjectives that way, never finite verbs.
 */
export function isNameOrCompound(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & F_CAP) !== 0 || (t.lower[k] ?? "").includes("-");
}
