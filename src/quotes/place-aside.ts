import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_PREPOSITION } from "../nlp/entities/lexicon.js";
import { wordBits } from "../nlp/entities/word-table.js";
import { isPlacePhrase, phraseEndingAt, type SpeakerPhrase } from "./speaker-phrase.js";

const MAX_ASIDE_TOKENS = 40;
const MAX_COMMAS = 3;

/**
 * "Dean Johnson, a salesman from Sumter, South Carolina, says": a place set off by commas right before the verb
 * ends an aside about someone named before it; a place never speaks there. The speaker is the person or name that
 * ends before an earlier comma of the same sentence (null when none does, within a few commas).
 */
export function speakerBeforePlaceAside(index: EntityIndex, place: SpeakerPhrase | null, first: number): SpeakerPhrase | null {
  if (!isPlacePhrase(index, place) || place === null) return null;
  const lower = index.words.lower;
  let commas = 0;
  for (let c = place.first - 1; c > first && place.first - c < MAX_ASIDE_TOKENS && commas < MAX_COMMAS; c--) {
    if (lower[c] !== ",") continue;
    commas++;
    const phrase = phraseEndingAt(index, c - 1, first);
    // "from Sumter": a name after a preposition is where someone is from, part of the aside.
    if (phrase === null || isPlacePhrase(index, phrase) || (wordBits(index.words, phrase.first - 1) & L_PREPOSITION) !== 0) continue;
    const person = phrase.kind === "entity" && index.entities[phrase.entity]?.kind === "person";
    if (person || phrase.kind === "name") return phrase;
  }
  return null;
}
