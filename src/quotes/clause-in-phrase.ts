import { L_DETERMINER, L_ROLE_MODIFIER, L_ROLE_NOUN } from "../nlp/entities/lexicon.js";
import { F_LOWER, wordBits, type WordTable } from "../nlp/entities/word-table.js";

// An article opens a noun phrase; inside one, after its first word, it means a verb came before it.
const ARTICLES = new Set(["a", "an", "the"]);
// "sent out a press release", "took up the cause": a particle may stand between the verb and its object.
const PARTICLES = new Set(["out", "up", "off", "down", "back", "over", "on", "in"]);

/**
 * "Rubio’s campaign sent out a press release", "Hoff’s letter makes a case": a noun phrase has its article only at
 * its start, so an article further on opens the object of a verb, and the subject ends before that verb. `k` is a
 * word of a phrase read from `first`; returns the subject's last token when `k` is such an article, -1 when the
 * subject would be empty or the word before is no verb, and `k` when `k` is no article met inside a phrase.
 */
export function subjectEndBeforeObject(t: WordTable, first: number, k: number): number {
  if (k <= first || !ARTICLES.has(t.lower[k] ?? "")) return k;
  let verb = k - 1;
  if (PARTICLES.has(t.lower[verb] ?? "") && verb - 1 > first) verb--;
  const lowerVerb = ((t.flags[verb] ?? 0) & F_LOWER) !== 0;
  const role = (wordBits(t, verb) & (L_ROLE_NOUN | L_ROLE_MODIFIER | L_DETERMINER)) !== 0;
  return verb > first && lowerVerb && !role && t.lower[verb] !== "and" ? verb - 1 : -1;
}
