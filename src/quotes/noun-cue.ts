import { isSpeechVerbBase } from "../nlp/entities/speech-verbs.js";
import { F_LOWER, type WordTable } from "../nlp/entities/word-table.js";

// Determiners of one thing: the verb of a subject they open takes -s or a past tense, never the plain form.
const SINGULAR = new Set(["a", "an", "his", "its", "this", "another", "each", "every"]);

/**
 * "delivered a snappy retort:", "his biggest worry about Trump is": the plain form of a verb of saying after a
 * singular determiner and one lower-case word ("a snappy", "his biggest") is a noun; as a verb it would need
 * an -s ("a spokesman retorts") or a past tense.
 */
export function isNounAfterSingular(t: WordTable, k: number): boolean {
  return isSpeechVerbBase(t.lower[k] ?? "") && ((t.flags[k - 1] ?? 0) & F_LOWER) !== 0 && SINGULAR.has(t.lower[k - 2] ?? "");
}
