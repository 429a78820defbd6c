import type { EntityIndex } from "../nlp/entities/entity.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { L_DETERMINER, L_NP_BREAKER } from "../nlp/entities/lexicon.js";
import { F_CAP, F_WORD, wordBits } from "../nlp/entities/word-table.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

const MAX_AFTER_COMMA = 4;

/**
 * "the bespectacled, 71-year-old diplomat said", "the tall, gray-haired senator said": an appositive is closed by a
 * comma of its own, so lower-case words after a description's comma that run straight into the verb, with no
 * article and no name, go on with the description past a comma between its adjectives. Returns the description
 * through the noun before the verb, or null.
 */
export function acrossAdjectiveComma(index: EntityIndex, phrase: SpeakerPhrase, verb: number): SpeakerPhrase | null {
  const t = index.words;
  if (phrase.kind !== "nominal" || t.lower[phrase.last + 1] !== "," || (wordBits(t, phrase.first) & L_DETERMINER) === 0) return null;
  let end = verb - 1;
  while (end > phrase.last + 2 && isFillerAt(t, end)) end--;
  if (end < phrase.last + 2 || end - phrase.last - 1 > MAX_AFTER_COMMA) return null;
  for (let k = phrase.last + 2; k <= end; k++) {
    const f = t.flags[k] ?? 0;
    if ((f & F_WORD) === 0 || (f & F_CAP) !== 0 || (wordBits(t, k) & (L_DETERMINER | L_NP_BREAKER)) !== 0 || isFillerAt(t, k)) return null;
  }
  return { first: phrase.first, last: end, kind: "nominal", entity: -1 };
}
