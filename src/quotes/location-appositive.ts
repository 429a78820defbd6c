import type { EntityIndex } from "../nlp/entities/entity.js";
import { F_ABBR, F_CAP } from "../nlp/entities/word-table.js";
import { isPlacePhrase, type SpeakerPhrase } from "./speaker-phrase.js";

// "of Flint", "in Columbus", "from Dayton": a capitalised word after these is where someone is from or was.
const PLACE_PREPOSITIONS = new Set(["of", "in", "from", "at", "near"]);
const MAX_PLACE_WORDS = 4;

/**
 * "Jo Ames, 22, of Flint, Mich., said", "Ames, at a rally in Columbus, Ohio, said": the state after a town's comma
 * completes where the subject is; it never speaks. True for a place (or an abbreviation) right after "Town,".
 */
export function isLocationAppositive(index: EntityIndex, phrase: SpeakerPhrase | null): boolean {
  if (phrase === null || phrase.first !== phrase.last || index.words.lower[phrase.first - 1] !== ",") return false;
  const t = index.words;
  if (!isPlacePhrase(index, phrase) && ((t.flags[phrase.first] ?? 0) & F_ABBR) === 0) return false;
  const town = phrase.first - 2;
  const id = index.entityOfToken[town] ?? -1;
  if (id >= 0 && index.entities[id]?.kind === "place") return true;
  let k = town;
  while (k > 0 && town - k < MAX_PLACE_WORDS && ((t.flags[k] ?? 0) & F_CAP) !== 0) k--;
  return k < town && PLACE_PREPOSITIONS.has(t.lower[k] ?? "");
}
