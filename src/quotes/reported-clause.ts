import { L_DETERMINER, L_PREPOSITION } from "../nlp/entities/lexicon.js";
import { F_LOWER, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

const MODALS = new Set(["will", "would", "could", "might", "may", "should", "must"]);
// "would denounce “self-deportation”" still names the quoted words as theirs; "will say “no”" forecasts an answer.
const ANSWER_VERBS = new Set(["say", "tell"]);

/**
 * "Cole said she expected that voters will say “no” to it": the subject of a clause opened by "that" (after a
 * verb, not "of that" or "all that"), with a modal before "say" or "tell", is what the sentence's speaker
 * expects others to say; the quote is no words of theirs.
 */
export function isForecastSpeech(t: WordTable, subject: SpeakerPhrase, verb: number): boolean {
  if (!ANSWER_VERBS.has(t.lower[verb] ?? "") || !MODALS.has(t.lower[verb - 1] ?? "")) return false;
  const opener = t.lower[subject.first] === "that" ? subject.first : subject.first - 1;
  if (t.lower[opener] !== "that") return false;
  const before = opener - 1;
  return ((t.flags[before] ?? 0) & F_LOWER) !== 0 && (wordBits(t, before) & (L_PREPOSITION | L_DETERMINER)) === 0;
}
