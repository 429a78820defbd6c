import { L_NP_BREAKER, L_ROLE_NOUN } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_POSS, F_SENT, F_WORD, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import { resolveNominal } from "./resolve-nominal.js";
import type { ResolveContext } from "./resolve-speaker.js";

const MAX_MODIFIERS = 2;

/**
 * "In a conversation with Alyona Minkovski, the actor discussed ...": a clause that opens on "the" and a role noun
 * ("the actor", "the former senator") and goes on to its verb speaks of a person named before, who stays the
 * topic a next "he" or "she" refers to. Returns that person's entity id and the role noun's token, or null.
 */
export function nominalSubjectAt(ctx: ResolveContext, k: number): { entity: number; head: number } | null {
  const t = ctx.index.words;
  if (t.lower[k] !== "the" || !opensClause(t, k)) return null;
  let head = k + 1;
  while (head - k <= MAX_MODIFIERS && isLowerWord(t, head) && (wordBits(t, head) & L_ROLE_NOUN) === 0) head++;
  if (!isLowerWord(t, head) || (wordBits(t, head) & L_ROLE_NOUN) === 0 || ((t.flags[head] ?? 0) & F_POSS) !== 0) return null;
  // A verb follows, not more of the noun phrase ("the senator’s", "the senator and", "the senator from Ohio").
  if (!isLowerWord(t, head + 1) || (wordBits(t, head + 1) & L_NP_BREAKER) !== 0) return null;
  const attribution = resolveNominal(ctx, { first: k, last: head, kind: "nominal", entity: -1 });
  return attribution && attribution.entity >= 0 ? { entity: attribution.entity, head } : null;
}

function isLowerWord(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & (F_WORD | F_LOWER)) === (F_WORD | F_LOWER);
}

function opensClause(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & F_SENT) !== 0 || t.lower[k - 1] === ",";
}
