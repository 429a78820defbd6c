import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_DETERMINER, L_NP_BREAKER } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_WORD, wordBits } from "../nlp/entities/word-table.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

// Things that carry written words. "held up a sign saying", "wore a hat reading", "under a headline that said": the
// words are printed on the thing, so the thing is their source, not the person who holds, wears or posts it.
const INSCRIBED = new Set(
  `sign signs placard placards banner banners poster posters billboard billboards hat hats cap caps shirt shirts t-shirt
t-shirts button buttons sticker stickers headline headlines plaque plaques`.split(/\s+/),
);
const INSCRIPTION_VERBS = new Set(["saying", "reading", "said", "read", "reads", "says", "proclaiming", "declaring"]);
const MAX_MODIFIERS = 4;

/**
 * The phrase naming a thing with words on it right before the verb at `verb` ("a Donald Trump campaign hat [reading]",
 * "a sign [that said]"), from its determiner; null when the verb follows anything else.
 */
export function inscriptionBefore(index: EntityIndex, verb: number, first: number): SpeakerPhrase | null {
  const t = index.words;
  if (!INSCRIPTION_VERBS.has(t.lower[verb] ?? "")) return null;
  let head = verb - 1;
  // "a sign that said": the finite forms only after a relative word, the participles right after the noun.
  if (t.lower[head] === "that" || t.lower[head] === "which") head--;
  else if (!(t.lower[verb] ?? "").endsWith("ing")) return null;
  if (head < first || !INSCRIBED.has(t.lower[head] ?? "") || ((t.flags[head] ?? 0) & F_LOWER) === 0) return null;
  for (let k = head - 1; k >= first && head - k <= MAX_MODIFIERS + 1; k--) {
    if ((wordBits(t, k) & L_DETERMINER) !== 0) return { first: k, last: head, kind: "nominal", entity: -1 };
    // "the men were wearing shirts that read": no verb or punctuation inside the phrase.
    if (((t.flags[k] ?? 0) & F_WORD) === 0 || (wordBits(t, k) & L_NP_BREAKER) !== 0 || (t.lower[k] ?? "").endsWith("ing")) return null;
  }
  return null;
}
