import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_DETERMINER, L_EDGE, L_FILLER, L_NP_BREAKER, L_PRONOUN, L_ROLE_MODIFIER, L_ROLE_NOUN, L_SPEECH_VERB, L_TITLE } from "../nlp/entities/lexicon.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { nameAfterOfficeTitle } from "./office-title.js";
import { shownEnd } from "./adjective-complement.js";
import { isClauseThat } from "./clause-that.js";
import { subjectEndBeforeObject } from "./clause-in-phrase.js";
import { isRelativeClauseObject } from "./relative-object.js";
import { predicateStart } from "./after-auxiliary.js";
import { isNameOrCompound } from "./not-a-verb.js";
import { headsDescription, isAdjectiveInLy, isNounInLy, standsAsBareSubject } from "./noun-head.js";
import { F_CAP, F_NUM, F_POSS, F_QUOTE, F_SENT, F_UPPER, F_WORD, wordBits } from "../nlp/entities/word-table.js";

/** The words naming a speaker at a cue, as token indices (inclusive). */
export interface SpeakerPhrase {
  first: number;
  last: number;
  /** "entity": names a known person or organisation; "pronoun"; "nominal": "the official"; "name": an unknown capitalised name. */
  kind: "entity" | "pronoun" | "nominal" | "name";
  /** Entity id for "entity", else -1. */
  entity: number;
  /** Last token a reader should see when the description goes on past its head ("a person close [to the mayor]"). */
  shownLast?: number;
}

const MAX_PHRASE_WORDS = 10;

function isWord(index: EntityIndex, k: number): boolean {
  return ((index.words.flags[k] ?? 0) & F_WORD) !== 0;
}

/** Can this word be inside a speaker phrase (as a modifier, name part or head)? */
function isPhraseWord(index: EntityIndex, k: number): boolean {
  if (!isWord(index, k)) return false;
  const f = index.words.flags[k] ?? 0;
  if ((f & F_CAP) !== 0 && ((index.entityOfToken[k] ?? -1) >= 0 || (f & F_UPPER) !== 0)) return true;
  const bits = wordBits(index.words, k);
  // "Even a top strategist said": an adverb capitalised because it opens the sentence is no part of the subject.
  if ((f & (F_CAP | F_SENT)) === (F_CAP | F_SENT) && (bits & L_FILLER) !== 0) return false;
  return (bits & (L_NP_BREAKER | L_SPEECH_VERB)) === 0 && !isFillerAt(index.words, k);
}

function isRoleLike(t: EntityIndex["words"], k: number): boolean {
  return (wordBits(t, k) & ROLE) !== 0 || ((t.flags[k] ?? 0) & F_CAP) !== 0;
}

function isTitleWord(t: EntityIndex["words"], k: number): boolean {
  return (wordBits(t, k) & (L_TITLE | L_ROLE_NOUN)) !== 0;
}

function isPastVerbAt(t: EntityIndex["words"], k: number): boolean {
  const lower = t.lower[k] ?? "";
  return lower.length > 4 && lower.endsWith("ed") && (wordBits(t, k) & ROLE) === 0 && !isNameOrCompound(t, k);
}

const ROLE = L_ROLE_NOUN | L_ROLE_MODIFIER;

/** Classifies the token range [first, last] as a speaker phrase. */
export function classifyPhrase(index: EntityIndex, first: number, last: number): SpeakerPhrase | null {
  if (first > last) return null;
  const t = index.words;
  if (first === last && (wordBits(t, first) & L_PRONOUN) !== 0) return { first, last, kind: "pronoun", entity: -1 };
  const headIsNoun = ((t.flags[last] ?? 0) & F_CAP) === 0;
  let person = -1;
  let org = -1;
  for (let k = first; k <= last; k++) {
    const id = index.entityOfToken[k] ?? -1;
    if (id < 0) continue;
    const kind = index.entities[id]?.kind;
    // "Clinton’s campaign" is the campaign, not Clinton.
    if (((t.flags[k] ?? 0) & F_POSS) !== 0 && headIsNoun) continue;
    if (kind === "person") person = id;
    else if (kind === "organization") org = id;
  }
  if (person >= 0 && !headIsNoun) {
    // "former George W. Bush speechwriter Noam Neusner": the name at the end speaks, not the one inside.
    const atHead = index.entityOfToken[last] ?? -1;
    if (atHead === person || (atHead >= 0 && index.entities[atHead]?.kind !== "place")) return { first, last, kind: "entity", entity: atHead };
    let start = last;
    while (start > first && ((t.flags[start - 1] ?? 0) & F_CAP) !== 0 && (index.entityOfToken[start - 1] ?? -1) < 0) start--;
    return { first: start, last, kind: "name", entity: -1 };
  }
  if (headIsNoun) return headsDescription(t, first, last) ? { first, last, kind: "nominal", entity: -1 } : null;
  if (org >= 0) return { first, last, kind: "entity", entity: org };
  // "[said] Wednesday", "Perhaps": capitalised words that never name anyone ("Another [tweeted]" still speaks).
  const bits = wordBits(t, last);
  if (((t.flags[last] ?? 0) & F_CAP) !== 0 && ((bits & L_EDGE) === 0 || (bits & L_DETERMINER) !== 0)) return { first: nameStart(t, first, last), last, kind: "name", entity: -1 };
  return null;
}

/**
 * "the ones State [now says]": an unknown name after a lower-case noun that is no role ("campaign manager Smith")
 * starts a clause of its own ("the ones [that] State says"); the name alone is the speaker.
 */
function nameStart(t: EntityIndex["words"], first: number, last: number): number {
  let start = last;
  while (start > first && ((t.flags[start - 1] ?? 0) & F_CAP) !== 0) start--;
  const before = start - 1;
  return start > first && ((t.flags[before] ?? 0) & F_CAP) === 0 && (wordBits(t, before) & ROLE) === 0 && (wordBits(t, before - 1) & L_DETERMINER) !== 0 ? start : first;
}

/** The speaker phrase that ends at token `last` ("... the senior official" [said]), not reaching below `floor`. */
export function phraseEndingAt(index: EntityIndex, last: number, floor: number): SpeakerPhrase | null {
  const t = index.words;
  let end = last;
  if (t.lower[end] === ")") {
    // "Sen. Ted Cruz (R-Texas) said"
    let k = end - 1;
    while (k > floor && t.lower[k] !== "(" && end - k < 8) k--;
    if (t.lower[k] !== "(") return null;
    end = k - 1;
  }
  if (end < floor || !isWord(index, end)) return null;
  const lower = t.lower[end] ?? "";
  if ((wordBits(t, end) & L_PRONOUN) !== 0) {
    if (lower === "who" && t.lower[end - 1] === ",") return phraseEndingAt(index, end - 2, floor);
    return { first: end, last: end, kind: "pronoun", entity: -1 };
  }
  // "the rally [denounced]", "a member of the family [suggested]": a word in -ly after an article is its noun.
  if (!isPhraseWord(index, end) && !isNounInLy(t, end)) return null;
  let first = end;
  for (let k = end - 1; k >= floor && end - k < MAX_PHRASE_WORDS; k--) {
    if ((wordBits(t, k) & L_DETERMINER) !== 0) {
      if (!isClauseThat(t, k)) first = k;
      break;
    }
    if (!isPhraseWord(index, k) && !isAdjectiveInLy(t, k)) break;
    first = k;
  }
  if (isRelativeClauseObject(t, first, end)) return null;
  const predicate = predicateStart(t, first);
  if (predicate >= 0) return predicate < first && predicate >= floor ? { first: predicate, last: end, kind: "nominal", entity: -1 } : null;
  const phrase = classifyPhrase(index, first, end);
  if (!phrase) return null;
  const owned = ownerOf(index, phrase, floor);
  if (owned) return owned;
  return phrase.kind === "nominal" && first === end && !standsAsBareSubject(t, end) ? null : phrase;
}

/**
 * "the mayor of Trenton [said]", "John Smith of Trenton [said]": the phrase stopped at "of", and what follows it
 * says whose or where. A person before "of" speaks; a description before it speaks with its "of" part. A person
 * after "of" ("the wife of Trump") is no speaker either: the description is.
 */
function ownerOf(index: EntityIndex, phrase: SpeakerPhrase, floor: number): SpeakerPhrase | null {
  const t = index.words;
  if (phrase.kind === "pronoun" || t.lower[phrase.first - 1] !== "of" || phrase.first - 2 < floor) return null;
  const owner = phraseEndingAt(index, phrase.first - 2, floor);
  if (owner?.kind === "nominal" && (wordBits(t, owner.last) & L_ROLE_NOUN) !== 0) return { ...owner, last: phrase.last };
  const person = owner?.kind === "entity" && index.entities[owner.entity]?.kind === "person";
  return person && phrase.kind !== "entity" ? owner : null;
}

/** True when every word of the phrase belongs to a place ("N.J.", "New Jersey"). */
export function isPlacePhrase(index: EntityIndex, phrase: SpeakerPhrase | null): boolean {
  if (phrase === null || phrase.kind === "pronoun" || phrase.kind === "nominal") return false;
  for (let k = phrase.first; k <= phrase.last; k++) {
    const id = index.entityOfToken[k] ?? -1;
    if (id < 0 || index.entities[id]?.kind !== "place") return false;
  }
  return true;
}

/** The speaker phrase that starts at token `first` ([said] "the official", [according to] "Sen. Ted Cruz"). */
export function phraseStartingAt(index: EntityIndex, first: number, ceiling: number): SpeakerPhrase | null {
  const t = index.words;
  if (first > ceiling || !isWord(index, first)) return null;
  if ((wordBits(t, first) & L_PRONOUN) !== 0) return t.lower[first] === "who" ? null : { first, last: first, kind: "pronoun", entity: -1 };
  // "[suggests] that Phoenix [supports]": what a verb of saying reports is no speaker (not "the tricks that Carson ...").
  if (isClauseThat(t, first) && (wordBits(t, first - 1) & L_SPEECH_VERB) !== 0) return null;
  const partitive = partitiveAt(index, first, ceiling);
  if (partitive) return partitive;
  // A subject opens with a determiner, a name, a number ("the 46-year-old", "45-year-old Smith") or a role.
  const f = t.flags[first] ?? 0;
  // "farmer Tom Reid", "panel Chairman Rep. Jason Chaffetz": a lower-case word can lead into a titled name.
  const nameFollows = index.entities[index.entityOfToken[first + 1] ?? -1]?.kind === "person" || ((t.flags[first + 1] ?? 0) & F_CAP) !== 0;
  const bits = wordBits(t, first);
  const determiner = (bits & L_DETERMINER) !== 0;
  if (!determiner && (f & (F_CAP | F_NUM)) === 0 && (bits & ROLE) === 0 && !nameFollows) return null;
  let last = first - 1;
  let k = first;
  if (determiner) {
    last = k;
    k++;
  }
  for (; k <= ceiling && k - first < MAX_PHRASE_WORDS; k++) {
    // "the Florida senator and Republican presidential candidate": roles joined by "and".
    // "former Ohio Gov. and party Chairman Frank Miller": without an article, a title before "and" joins two roles.
    if (t.lower[k] === "and" && k > first && (determiner || isTitleWord(t, k - 1)) && isRoleLike(t, k - 1) && isRoleLike(t, k + 1)) continue;
    const holder = nameAfterOfficeTitle(index, k);
    if (holder > 0 && holder <= ceiling) {
      last = holder - 1;
      k = holder - 1;
      continue;
    }
    if (((t.flags[k] ?? 0) & F_QUOTE) !== 0 || (!isPhraseWord(index, k) && !isNounInLy(t, k))) break;
    const beforeObject = subjectEndBeforeObject(t, first, k);
    if (beforeObject !== k) {
      if (beforeObject >= 0) last = beforeObject;
      break;
    }
    // "The spokesman [refused ...]": a past-tense verb ends the phrase (not "the embattled governor").
    if (k > first && isPastVerbAt(t, k) && (wordBits(t, k - 1) & L_DETERMINER) === 0) break;
    last = k;
    // A person's name ends the phrase unless a role follows ("Sanders campaign manager Jeff Weaver"):
    // "Trump [attacked Clinton]".
    const id = index.entityOfToken[k] ?? -1;
    const roleFollows = (wordBits(t, k + 1) & ROLE) !== 0;
    // After a determiner the name is a modifier: "the Clinton ad", "the Trump campaign".
    const modifier = determiner;
    if (id >= 0 && index.entities[id]?.kind === "person" && (index.entityOfToken[k + 1] ?? -1) !== id && !roleFollows && !modifier && ((t.flags[k] ?? 0) & F_POSS) === 0) break;
  }
  // A determiner alone is not a phrase; "the official" is.
  if (last < first || (last === first && determiner)) return null;
  const phrase = classifyPhrase(index, first, last);
  if (phrase && (f & (F_CAP | F_NUM)) === 0 && !determiner && (bits & ROLE) === 0) {
    return phrase.kind === "entity" && index.entities[phrase.entity]?.kind === "person" ? phrase : null;
  }
  if (phrase?.kind === "nominal" || phrase?.kind === "name") {
    const shown = shownEnd(index, phrase.last, ceiling);
    if (shown > phrase.last) phrase.shownLast = shown;
  }
  return phrase;
}

// "one of those advisers", "two of her aides": a number or quantifier that picks members of a group.
const QUANTIFIERS = new Set(["one", "two", "three", "several", "some", "many", "most", "each"]);

/** [said] "one of those advisers": the group is the head, and the whole phrase names the speaker. */
function partitiveAt(index: EntityIndex, first: number, ceiling: number): SpeakerPhrase | null {
  const t = index.words;
  if (t.lower[first + 1] !== "of" || !QUANTIFIERS.has(t.lower[first] ?? "")) return null;
  const group = phraseStartingAt(index, first + 2, ceiling);
  return group?.kind === "nominal" ? { first, last: group.last, kind: "nominal", entity: -1 } : null;
}
