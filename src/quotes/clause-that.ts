import { L_DETERMINER } from "../nlp/entities/lexicon.js";
import { F_CAP, F_POSS, wordBits, type WordTable } from "../nlp/entities/word-table.js";

/**
 * "says that Japan agrees", "noted that the company offers": "that" before a name or another article opens a
 * clause; as a demonstrative it would point at a common noun ("that person"). The speaker phrase starts after it.
 */
export function isClauseThat(t: WordTable, k: number): boolean {
  if (t.lower[k] !== "that") return false;
  // "That’s one reason": "that" with a clitic verb is a pronoun subject.
  if (((t.flags[k] ?? 0) & F_POSS) !== 0) return false;
  return ((t.flags[k + 1] ?? 0) & F_CAP) !== 0 || (wordBits(t, k + 1) & L_DETERMINER) !== 0;
}
