import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_COMMON_PLURAL, L_PREPOSITION, L_ROLE_MODIFIER, L_ROLE_NOUN } from "../nlp/entities/lexicon.js";
import { ROLE_NOUNS } from "../nlp/entities/role-words.js";
import { F_POSS, F_SENT, wordBits } from "../nlp/entities/word-table.js";
import { phraseOfNameModifier } from "./name-modifier.js";
import { phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase.js";

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
const CLAUSE_OPENERS = new Set([",", "—", "–", "(", ";", "and", "but"]);
const MAX_SENTENCE_TOKENS = 90;

/** First token of the sentence holding `at`, looking past quoted words (a quote may hold sentence ends). */
export function sentenceStartBefore(index: EntityIndex, quoted: Uint8Array, at: number, floor: number): number {
  const t = index.words;
  let k = at;
  while (k > floor && at - k < MAX_SENTENCE_TOKENS && (quoted[k] || ((t.flags[k] ?? 0) & F_SENT) === 0)) k--;
  return k;
}

/**
 * The subject of the sentence a participle or a second verb hangs on ("Clinton ..., saying", "Carson did
 * not ..., but told"): the first person, subject pronoun or role nominal ("The spokesman", "Clinton’s
 * right-hand woman") that opens a clause, outside quotation marks; else the first organisation so named.
 */
export function clauseSubject(index: EntityIndex, quoted: Uint8Array, first: number, verb: number): SpeakerPhrase | null {
  const main = afterLeadingClause(index, quoted, first, verb);
  if (main > first) {
    // "When Wallace died in 1998, President Clinton released": a person or pronoun after the clause is the subject
    // (not "When Robby Mook, Clinton’s campaign manager, was asked ..., he": there the first comma is an aside's).
    const subject = subjectFrom(index, quoted, main, verb);
    if (subject && (subject.kind === "pronoun" || (subject.kind === "entity" && index.entities[subject.entity]?.kind === "person"))) return subject;
  }
  return subjectFrom(index, quoted, first, verb);
}

function subjectFrom(index: EntityIndex, quoted: Uint8Array, first: number, verb: number): SpeakerPhrase | null {
  const t = index.words;
  let org: SpeakerPhrase | null = null;
  for (let k = first; k < verb; k++) {
    if (quoted[k]) continue;
    const opensClause = k === first || CLAUSE_OPENERS.has(t.lower[k - 1] ?? "");
    if (opensClause) {
      const phrase = phraseStartingAt(index, k, verb - 1);
      if (phrase && isSubjectLike(index, phrase)) return phrase;
      // "Small groups of protesters ..., chanting": the people the group is made of speak.
      const group = k === first && phrase?.kind === "nominal" ? groupOfPeople(index, phrase, verb) : null;
      if (group) return group;
      // "Protesters marching through the streets chanted": the sentence opens with its subject.
      if (phrase?.kind === "name" && k === first && phrase.first === phrase.last && (wordBits(t, k) & L_COMMON_PLURAL) !== 0) return phrase;
      if (phrase?.kind === "entity" && !org) org = phrase;
    }
    const id = index.entityOfToken[k] ?? -1;
    if (id >= 0) {
      let end = k;
      while ((index.entityOfToken[end + 1] ?? -1) === id) end++;
      const free = ((t.flags[end] ?? 0) & F_POSS) === 0 && (wordBits(t, wordBeforeRole(index, k)) & L_PREPOSITION) === 0;
      const kind = index.entities[id]?.kind;
      const modified = free && kind === "person" ? phraseOfNameModifier(index, k, end) : null;
      if (modified) return modified;
      if (free && kind === "person") return { first: k, last: end, kind: "entity", entity: id };
      if (free && kind === "organization" && !org) org = { first: k, last: end, kind: "entity", entity: id };
      k = end;
      continue;
    }
    if (SUBJECT_PRONOUNS.has(t.lower[k] ?? "") && (wordBits(t, k - 1) & L_PREPOSITION) === 0) return { first: k, last: k, kind: "pronoun", entity: -1 };
  }
  return org;
}

/** "groups of protesters", "Hundreds of supporters": a nominal followed by "of" and people in the plural. */
function groupOfPeople(index: EntityIndex, phrase: SpeakerPhrase, verb: number): SpeakerPhrase | null {
  const t = index.words;
  const of = phrase.last + 1;
  if (t.lower[of] !== "of" || of + 1 >= verb) return null;
  return (wordBits(t, of + 1) & L_COMMON_PLURAL) !== 0 ? { first: phrase.first, last: of + 1, kind: "nominal", entity: -1 } : null;
}

const SUBORDINATORS = new Set(["when", "after", "before", "as", "while", "since", "once", "until", "if", "because", "although", "though", "whereas"]);

/**
 * "When Wallace died in 1998, President Clinton released the following statement:": a sentence that opens on a
 * subordinate clause (or a leading phrase, opensLeadingPhrase) has its subject after the clause's comma. Returns
 * where to look for the subject.
 */
function afterLeadingClause(index: EntityIndex, quoted: Uint8Array, first: number, verb: number): number {
  const t = index.words;
  if (!SUBORDINATORS.has(t.lower[first] ?? "") && !opensLeadingPhrase(t.lower[first] ?? "")) return first;
  for (let k = first + 1; k < verb - 1; k++) if (!quoted[k] && t.lower[k] === ",") return k + 1;
  return first;
}

/**
 * "Speaking to reporters, Clinton called it ...", "A Texas voter who supports Trump, Golvach lost ...": a participle
 * or an indefinite description opening the sentence is a phrase about the subject that follows its comma.
 */
export function opensLeadingPhrase(lower: string): boolean {
  return lower === "a" || lower === "an" || (lower.length > 5 && lower.endsWith("ing"));
}

const MAX_ROLE_WORDS = 5;

/** The token before a name and the role words in front of it ("with journalist [Matei Rosca]" -> "with"). */
function wordBeforeRole(index: EntityIndex, start: number): number {
  const t = index.words;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_ROLE_WORDS && (wordBits(t, k) & (L_ROLE_NOUN | L_ROLE_MODIFIER)) !== 0) k--;
  return k;
}

function isSubjectLike(index: EntityIndex, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === "pronoun") return SUBJECT_PRONOUNS.has(index.words.lower[phrase.first] ?? "");
  if (phrase.kind === "entity") return index.entities[phrase.entity]?.kind === "person";
  if (phrase.kind !== "nominal") return false;
  // "Clinton’s right-hand woman", "The spokesman": a role, or something a named party owns.
  if (ROLE_NOUNS.has(index.words.lower[phrase.last] ?? "")) return true;
  for (let k = phrase.first; k < phrase.last; k++) if (((index.words.flags[k] ?? 0) & F_POSS) !== 0) return true;
  // "The Clinton campaign": a name before the head owns it as well.
  const named = index.entityOfToken[phrase.last - 1] ?? -1;
  return index.entities[named]?.kind === "person" && phraseOfNameModifier(index, phrase.last - 1, phrase.last - 1) !== null;
}
