import type { EntityIndex } from "../nlp/entities/entity.js";
import { withParticipleSubject } from "./participle-speaker.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

const MAX_SPAN = 40;

/**
 * "with Donald Trump tweeting that it was a “disaster” and asking, “...”": a participle joined by "and" to an
 * earlier one shares its subject, so the "with" phrase of the first participle speaks the second's quote too.
 * `start` is where the sentence begins; `isVerb` tells a verb of saying. Null when no such pair.
 */
export function coordinatedWithSubject(
  index: EntityIndex,
  quoted: Uint8Array,
  verb: number,
  start: number,
  isVerb: (k: number) => boolean,
): SpeakerPhrase | null {
  const t = index.words;
  if (t.lower[verb - 1] !== "and" || !(t.lower[verb] ?? "").endsWith("ing")) return null;
  for (let p = verb - 2; p >= start && verb - p <= MAX_SPAN; p--) {
    if (quoted[p] || !(t.lower[p] ?? "").endsWith("ing") || !isVerb(p)) continue;
    return withParticipleSubject(index, p, start);
  }
  return null;
}
