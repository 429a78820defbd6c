import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_COMMON_PLURAL, L_DETERMINER, L_PRONOUN } from "../nlp/entities/lexicon.js";
import { ORG_WORDS } from "../nlp/entities/org-place-words.js";
import { F_CAP, F_LOWER, F_POSS, wordBits } from "../nlp/entities/word-table.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

/**
 * "the Clinton campaign", "Sanders protesters": a person's name right before an organisation noun or a plural noun of
 * people modifies that noun, like a possessive ("Clinton's campaign"): the campaign or the protesters act, not the
 * person. "Trump forces Clinton to ..." is a verb with its object, so a name, pronoun or article after the noun
 * undoes the reading. Returns the noun phrase (with a leading article), or null. `first`..`last` is the name.
 */
export function phraseOfNameModifier(index: EntityIndex, first: number, last: number): SpeakerPhrase | null {
  const t = index.words;
  const noun = last + 1;
  if (((t.flags[last] ?? 0) & F_POSS) !== 0 || ((t.flags[noun] ?? 0) & F_LOWER) === 0) return null;
  const lower = t.lower[noun] ?? "";
  if (!ORG_WORDS.has(lower) && (wordBits(t, noun) & L_COMMON_PLURAL) === 0) return null;
  if (((t.flags[noun + 1] ?? 0) & F_CAP) !== 0 || (wordBits(t, noun + 1) & (L_PRONOUN | L_DETERMINER)) !== 0) return null;
  const start = ARTICLES.has(t.lower[first - 1] ?? "") ? first - 1 : first;
  return { first: start, last: noun, kind: "nominal", entity: -1 };
}

const ARTICLES = new Set(["the", "a", "an"]);
