import type { EntityIndex } from "../nlp/entities/entity.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { F_QUOTE, F_SENT, F_WORD } from "../nlp/entities/word-table.js";
import { phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase.js";

// The verbs that close a sentence as its attribution ("..., said Kunin.", "..., the senator added."). Not "told":
// at the end of a sentence its subject is rarely the one quoted ("..., a friend told him.").
const CLOSING_VERBS = new Set(["said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "argued", "insisted", "recalled", "continued", "concluded"]);

/**
 * An attribution that closes the quote's own sentence after more words: `Clinton “drew well” in the 2008 primary,
 * said Paul Beck.` or `“This will be a challenge” for Clinton, Kunin said.` `first..last` are the words after the
 * quote up to the end of its sentence (cue-zones.ts); only the part after the sentence's last comma is read,
 * and it must be the whole attribution, so a clause that merely goes on ("..., said to be ...") does not count.
 */
export function closingCue(index: EntityIndex, first: number, last: number): { phrase: SpeakerPhrase; verb: number; end: number } | null {
  const t = index.words;
  if (first > last || ((t.flags[first] ?? 0) & F_SENT) !== 0) return null; // the quote ended its sentence
  let end = last;
  while (end > first && ((t.flags[end] ?? 0) & F_WORD) === 0) end--; // the full stop, a closing bracket
  let comma = end - 1;
  while (comma > first && t.lower[comma] !== ",") {
    if (((t.flags[comma] ?? 0) & F_QUOTE) !== 0) return null;
    comma--;
  }
  if (t.lower[comma] !== ",") return null;
  // ", said Paul Beck."
  if (comma + 1 < end && isClosingVerb(index, comma + 1)) {
    const phrase = phraseStartingAt(index, comma + 2, end);
    return phrase !== null && phrase.last === end && phrase.kind !== "pronoun" ? { phrase, verb: comma + 1, end } : null;
  }
  const described = describedClosing(index, first, comma);
  if (described || comma + 1 >= end) return described;
  // ", Kunin said." / ", the senator later added."
  const verb = end;
  if (!isClosingVerb(index, verb)) return null;
  let subjectEnd = verb - 1;
  for (let n = 0; n < 2 && subjectEnd > comma && isFillerAt(t, subjectEnd); n++) subjectEnd--;
  const phrase = phraseStartingAt(index, comma + 1, subjectEnd);
  return phrase !== null && phrase.last === subjectEnd ? { phrase, verb, end: verb } : null;
}

/**
 * `“Many would call that a loss” if she won by less, said Dana Holt, an analyst at the Iowa Poll.`: the sentence's last
 * comma belongs to a description of the speaker. Looks back from `comma` (the last one) for ", said NAME," after which
 * the sentence only tells more about the speaker ("an analyst at ...", "45, of Ames", "who heads the group").
 * Only a named person or organisation: "said the man, ..." may go on with anything.
 */
function describedClosing(index: EntityIndex, first: number, comma: number): { phrase: SpeakerPhrase; verb: number; end: number } | null {
  const t = index.words;
  for (let c = comma - 1; c > first && comma - c <= MAX_DESCRIPTION_TOKENS; c--) {
    if (((t.flags[c] ?? 0) & F_QUOTE) !== 0) return null;
    if (t.lower[c] !== "," || !isClosingVerb(index, c + 1)) continue;
    const phrase = phraseStartingAt(index, c + 2, comma - 1);
    const named = phrase !== null && (phrase.kind === "entity" || phrase.kind === "name");
    return named && t.lower[phrase.last + 1] === "," ? { phrase, verb: c + 1, end: phrase.last } : null;
  }
  return null;
}

// How far back from the sentence's last comma ", said NAME," may start: a name and a long description.
const MAX_DESCRIPTION_TOKENS = 30;

function isClosingVerb(index: EntityIndex, k: number): boolean {
  // "Read said": the surname of Ian Read is no verb.
  return CLOSING_VERBS.has(index.words.lower[k] ?? "") && (index.entityOfToken[k] ?? -1) < 0;
}
