import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_FILLER, L_NP_BREAKER, L_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_LOWER, wordBits } from "../nlp/entities/word-table.js";

const MIN_VERB_LENGTH = 5;

/**
 * Mention `m` is the object of a verb that makes someone do something ("forcing Sanders to reverse",
 * "urged Lee to run"): the sentence is about whoever forces or urges, so the person pushed is no topic a
 * later "he said" carries on. Only "-ing"/"-ed" verbs with "to" after the name count: the shape is then
 * unambiguous without a tagger. Verbs of saying are excluded ("told Lee to" still names the listener, but
 * mention-salience already treats speech).
 */
export function isControlObject(index: EntityIndex, m: number): boolean {
  const t = index.words;
  const start = index.mentionStarts[m] ?? 0;
  const end = index.mentionEnds[m] ?? 0;
  if (t.lower[end + 1] !== "to") return false;
  const verb = start - 1;
  if (((t.flags[verb] ?? 0) & F_LOWER) === 0 || (wordBits(t, verb) & (L_SPEECH_VERB | L_FILLER)) !== 0) return false;
  const lower = t.lower[verb] ?? "";
  return lower.length >= MIN_VERB_LENGTH && (lower.endsWith("ing") || lower.endsWith("ed"));
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);

/**
 * "she expects Mayor Reed to announce an “overhaul”", "urged him to say": a name or object pronoun right
 * before an infinitive of saying is whom the subject wants to speak, not a speaker; the quoted words are
 * the subject's. `k` is the word before "to".
 */
export function isObjectOfInfinitive(index: EntityIndex, k: number): boolean {
  return (index.entityOfToken[k] ?? -1) >= 0 || OBJECT_PRONOUNS.has(index.words.lower[k] ?? "");
}

const MAX_OBJECT_WORDS = 5;

/**
 * "inviting all active presidential candidates to speak", "urging voters to say": a noun phrase between a verb in
 * -ing or -ed and "to" is that verb's object, pushed to speak; it is no subject of the infinitive's clause (and its
 * last word is no verb, as in "goes on to say"). `k` is the word before "to".
 */
export function isNounObjectOfInfinitive(index: EntityIndex, k: number): boolean {
  const t = index.words;
  if (((t.flags[k] ?? 0) & F_LOWER) === 0 || isVerbForm(t.lower[k] ?? "")) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_OBJECT_WORDS && ((t.flags[j] ?? 0) & F_LOWER) !== 0 && (wordBits(t, j) & (L_NP_BREAKER | L_SPEECH_VERB)) === 0 && !isVerbForm(t.lower[j] ?? "")) j--;
  const lower = t.lower[j] ?? "";
  return j < k && ((t.flags[j] ?? 0) & F_LOWER) !== 0 && (wordBits(t, j) & L_SPEECH_VERB) === 0 && isVerbForm(lower);
}

function isVerbForm(lower: string): boolean {
  return lower.length >= MIN_VERB_LENGTH && (lower.endsWith("ing") || lower.endsWith("ed"));
}
