import type { EntityIndex } from "../nlp/entities/entity.js";
import { F_POSS } from "../nlp/entities/word-table.js";
import type { Zone } from "./cue-zones.js";
import type { Cue } from "./find-cue.js";
import { phraseEndingAt, phraseStartingAt } from "./speaker-phrase.js";

/**
 * `In Moss’s words, “...”` / `in the words of Dana Holt, “...”`: the quote is credited in the phrase that leads to it,
 * with no verb of saying. `before` ends right before the opening mark, so the phrase must close on its comma.
 */
export function wordsOfCue(index: EntityIndex, before: Zone): Cue | null {
  const t = index.words;
  const comma = before.last;
  if (comma - before.first < 3 || t.lower[comma] !== ",") return null;
  // "in Moss’s words,"
  const words = comma - 1;
  if (t.lower[words] === "words" && ((t.flags[words - 1] ?? 0) & F_POSS) !== 0) {
    const owner = phraseEndingAt(index, words - 1, before.first);
    return owner && owner.kind !== "pronoun" && t.lower[owner.first - 1] === "in" ? { phrase: owner, verb: words, end: comma } : null;
  }
  // "in the words of Dana Holt,"
  for (let k = comma - 2; k > before.first + 1 && comma - k <= MAX_NAME_TOKENS; k--) {
    if (t.lower[k] !== "of" || t.lower[k - 1] !== "words" || t.lower[k - 2] !== "the" || t.lower[k - 3] !== "in") continue;
    const owner = phraseStartingAt(index, k + 1, comma - 1);
    return owner && owner.last === comma - 1 ? { phrase: owner, verb: k - 1, end: comma } : null;
  }
  return null;
}

const MAX_NAME_TOKENS = 12;
