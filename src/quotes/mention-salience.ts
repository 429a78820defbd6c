import type { EntityIndex } from "../nlp/entities/entity.js";
import { isSpeechVerb } from "../nlp/entities/speech-verbs.js";
import { ROLE_MODIFIERS, ROLE_NOUNS } from "../nlp/entities/role-words.js";
import { F_CAP, F_POSS, F_SENT, type WordTable } from "../nlp/entities/word-table.js";
import { PREPOSITIONS } from "./clause-subject.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";

function isTitleWord(t: WordTable, k: number): boolean {
  const lower = t.lower[k] ?? "";
  return ((t.flags[k] ?? 0) & F_CAP) !== 0 || ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower);
}

/**
 * How much a mention stands out as the topic a later "he" or "she" refers to, in penalty points (lower is
 * more salient). Speakers and sentence subjects stand out; possessives ("Blinken’s plane"), objects of a
 * preposition ("with Trump") and names inside quotations recede.
 */
export function mentionPenalty(index: EntityIndex, quoted: Uint8Array, m: number): number {
  const t = index.words;
  const start = index.mentionStarts[m] ?? 0;
  const end = index.mentionEnds[m] ?? 0;
  let penalty = 0;
  if (quoted[end]) penalty += 3;
  if (((t.flags[end] ?? 0) & F_POSS) !== 0) penalty += 1.5;
  // Step back over a title or role ("Sen.", "Conservative economist") to see what the name follows.
  let before = start - 1;
  while (before >= 0 && start - before < 6 && isTitleWord(t, before) && ((t.flags[before + 1] ?? 0) & F_SENT) === 0) before--;
  if (PREPOSITIONS.has(t.lower[before] ?? "")) penalty += 1;
  if (((t.flags[before + 1] ?? 0) & F_SENT) !== 0) penalty -= 0.75;
  let after = end + 1;
  for (let n = 0; n < 2 && isFillerAt(t, after); n++) after++;
  const said = t.lower[before] === "said" || t.lower[before] === "says";
  if (said || (isSpeechVerb(t.lower[after] ?? "") && ((t.flags[end] ?? 0) & F_POSS) === 0)) penalty -= 1.25;
  return penalty;
}
