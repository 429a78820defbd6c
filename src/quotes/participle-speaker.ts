import { L_CORE_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_LOWER, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import type { EntityIndex } from "../nlp/entities/entity.js";
import { phraseEndingAt, type SpeakerPhrase } from "./speaker-phrase.js";

/**
 * "a reporter can be heard asking Trump": the one heard or seen speaking is the speaker, and the name after the
 * participle is the listener. Returns the participle's token when `k` opens "be heard/seen V-ing", else `k`.
 */
export function perceivedSpeechVerb(t: WordTable, k: number): number {
  if (t.lower[k] !== "be" || (t.lower[k + 1] !== "heard" && t.lower[k + 1] !== "seen")) return k;
  return (t.lower[k + 2] ?? "").endsWith("ing") ? k + 2 : k;
}

/**
 * "with one of her ads asking, “...”", "with the crowd chanting": the noun phrase right after "with" is the
 * participle's subject, though the sentence has a subject of its own. Returns that phrase (with its "one of"), or null.
 */
export function withParticipleSubject(index: EntityIndex, verb: number, first: number): SpeakerPhrase | null {
  const t = index.words;
  const phrase = phraseEndingAt(index, verb - 1, first);
  if (phrase === null || phrase.kind === "pronoun") return null;
  if (t.lower[phrase.first - 1] === "with") return phrase;
  const partitive = t.lower[phrase.first - 1] === "of" && t.lower[phrase.first - 3] === "with";
  return partitive ? { first: phrase.first - 2, last: phrase.last, kind: "nominal", entity: -1 } : null;
}

/**
 * The first verb of saying in its plain past or present form ("said", "told", "says") from `start` up to `end`,
 * outside quotation marks and used as a verb (`isVerb`): the verb whose subject a participle after a comma goes on
 * with. -1 when none.
 */
export function earlierCoreVerb(index: EntityIndex, quoted: Uint8Array, start: number, end: number, isVerb: (k: number) => boolean): number {
  const t = index.words;
  for (let k = start; k < end; k++) {
    if (quoted[k] || ((t.flags[k] ?? 0) & F_LOWER) === 0 || (wordBits(t, k) & L_CORE_SPEECH_VERB) === 0) continue;
    // "In response to Trump's comments": a noun, not the verb.
    if (!(t.lower[k] ?? "").endsWith("ing") && isVerb(k)) return k;
  }
  return -1;
}
