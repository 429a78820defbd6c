import { AMBIGUOUS_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../abbreviations.js";
import { BETWEEN_SUBJECT_AND_VERB, CONNECTORS, DETERMINERS, EDGE_STOP, NP_BREAKERS, PREPOSITIONS, PRONOUNS } from "./closed-words.js";
import { genderOfGivenName, givenNames } from "./first-names.js";
import { MORE_GIVEN_NAMES } from "./more-given-names.js";
import { buildLexiconTable, listedBitsInText } from "./lexicon-table.js";
import { DEMONYMS, KNOWN_ORGS, ORG_WORDS, PLACES } from "./org-place-words.js";
import { HONORIFICS, OFFICE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from "./role-words.js";
import { PHRASAL_VERBS, speechVerbForms } from "./speech-verbs.js";

// Every word list the name and speaker finders consult, folded into one table of bit sets: a word is
// looked up once (one hash of its string) and answers every "is it a title? a verb of saying? ..." by a
// bit test. The lists themselves stay where they are, in readable form.

export const L_EDGE = 1 << 0;
export const L_CONNECTOR = 1 << 1;
/** A one-word entry of KNOWN_ORGS. */
export const L_KNOWN_ORG = 1 << 2;
/** A one-word entry of PLACES. */
export const L_PLACE = 1 << 3;
export const L_DEMONYM = 1 << 4;
export const L_ROLE_MODIFIER = 1 << 5;
export const L_TITLE = 1 << 6;
export const L_OFFICE = 1 << 7;
export const L_HONORIFIC = 1 << 8;
export const L_ORG_WORD = 1 << 9;
export const L_GIVEN_NAME = 1 << 10;
export const L_PLACE_HEAD = 1 << 11;
export const L_ROLE_NOUN = 1 << 12;
/** "Officials", "Republicans": a plural common noun (see isCommonPlural). */
export const L_COMMON_PLURAL = 1 << 13;
export const L_SPEECH_VERB = 1 << 14;
/** A verb of saying where only a verb can stand ("the ad states"), including noun-like forms. */
export const L_SPEECH_VERB_IN_SLOT = 1 << 15;
export const L_CORE_SPEECH_VERB = 1 << 16;
/** An adverb or auxiliary between a subject and its verb (see isFiller). */
export const L_FILLER = 1 << 17;
export const L_NP_BREAKER = 1 << 18;
export const L_PRONOUN = 1 << 19;
export const L_DETERMINER = 1 << 20;
export const L_PREPOSITION = 1 << 21;
/** An abbreviation that keeps its period (as written without it: "sen", "jan", "inc", "calif"). */
export const L_ABBREVIATION = 1 << 22;
/** The first word of a KNOWN_ORGS, PLACES, DEMONYMS, ROLE_MODIFIERS, TITLE_WORDS or OFFICE_WORDS entry of several words. */
export const L_PHRASE_START = 1 << 23;
export const L_MONTH_OR_DAY = 1 << 24;
/** The first word of a verb of saying in two words ("went [on]"). */
export const L_PHRASAL_VERB = 1 << 25;
/** The word holds a hyphen ("Sun-Times"). */
export const L_HYPHENATED = 1 << 26;
/** The word holds an apostrophe, straight or curly ("they’re"). */
export const L_APOSTROPHE = 1 << 27;
/** A given name usually a man's, or usually a woman's (first-names.ts). */
export const L_MALE_NAME = 1 << 28;
export const L_FEMALE_NAME = 1 << 29;
/**
 * A given name of the long list (more-given-names.ts) and of no other list: evidence of a person only as the
 * first word of a name ("Arianna Huffington"), and no evidence of gender (docs/adr/017).
 */
export const L_MORE_GIVEN_NAME = 1 << 30;

// US state abbreviations in AP style ("Sen. Ted Cruz (R-Tex.)"), on top of the lead's shared lists.
const STATE_ABBREVIATIONS = "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split(" ");

const LEXICON = new Map<string, number>();

function mark(words: Iterable<string>, bit: number): void {
  for (const word of words) {
    const space = word.indexOf(" ");
    if (space >= 0) {
      const start = word.slice(0, space);
      LEXICON.set(start, (LEXICON.get(start) ?? 0) | L_PHRASE_START);
    } else {
      LEXICON.set(word, (LEXICON.get(word) ?? 0) | bit);
    }
  }
}

mark(EDGE_STOP, L_EDGE);
mark(CONNECTORS, L_CONNECTOR);
mark(KNOWN_ORGS, L_KNOWN_ORG);
mark(PLACES, L_PLACE);
mark(DEMONYMS, L_DEMONYM);
mark(ROLE_MODIFIERS, L_ROLE_MODIFIER);
mark(TITLE_WORDS, L_TITLE);
mark(OFFICE_WORDS, L_OFFICE);
mark(HONORIFICS.keys(), L_HONORIFIC);
mark(ORG_WORDS, L_ORG_WORD);
mark(givenNames(), L_GIVEN_NAME);
for (const name of givenNames()) {
  const gender = genderOfGivenName(name);
  if (gender) mark([name], gender === "male" ? L_MALE_NAME : L_FEMALE_NAME);
}
mark(["county", "city", "township", "parish", "province", "borough", "island", "islands", "beach"], L_PLACE_HEAD);
mark(ROLE_NOUNS, L_ROLE_NOUN);
const [speechVerbs, slotVerbs, coreVerbs] = speechVerbForms();
mark(speechVerbs, L_SPEECH_VERB | L_SPEECH_VERB_IN_SLOT);
mark(slotVerbs, L_SPEECH_VERB_IN_SLOT);
mark(coreVerbs, L_CORE_SPEECH_VERB);
mark(BETWEEN_SUBJECT_AND_VERB, L_FILLER);
mark(PHRASAL_VERBS.keys(), L_PHRASAL_VERB);
mark(NP_BREAKERS, L_NP_BREAKER);
mark(PRONOUNS, L_PRONOUN);
mark(DETERMINERS, L_DETERMINER);
mark(PREPOSITIONS, L_PREPOSITION);
mark("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "), L_MONTH_OR_DAY);
const ABBREVIATIONS = [...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS, ...STATE_ABBREVIATIONS];
mark(ABBREVIATIONS, L_ABBREVIATION);

/** The longest abbreviation of the lists: a longer word before a period needs no look-up. */
export const MAX_ABBREVIATION_LENGTH = Math.max(...ABBREVIATIONS.map((word) => word.length));

const COMMON_PLURALS = new Set(
  `democrats republicans americans voters critics supporters protesters delegates experts analysts observers residents others
people leaders lawmakers members officials sources aides advisers advisors students parents women men families workers
conservatives liberals progressives independents evangelicals christians muslims jews catholics immigrants refugees polls
police troops forces authorities investigators prosecutors democratics organizers activists fans viewers readers republican
democrat latinos hispanics blacks whites asians`.split(/\s+/),
);

/** "Officials", "Delegates", "Republicans" open sentences as common nouns, not names. */
export function isCommonPlural(lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  const singular = lower.endsWith("ies") ? lower.slice(0, -3) + "y" : lower.slice(0, -1);
  return ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(lower) || DEMONYMS.has(singular) || COMMON_PLURALS.has(lower);
}

// Every word that isCommonPlural accepts, marked once here so that a look-up needs no singular made.
for (const noun of [...ROLE_NOUNS, ...DEMONYMS]) {
  if (!(noun + "s").endsWith("ies")) mark([noun + "s"], L_COMMON_PLURAL);
  if (noun.endsWith("y")) mark([noun.slice(0, -1) + "ies"], L_COMMON_PLURAL);
}
mark([...ROLE_NOUNS, ...COMMON_PLURALS].filter((word) => word.endsWith("s")), L_COMMON_PLURAL);

// Last, so that a word of any other list keeps what that list says ("Carolina" stays a place).
for (const name of MORE_GIVEN_NAMES.split(/\s+/)) if (name && !LEXICON.has(name)) LEXICON.set(name, L_MORE_GIVEN_NAME);
buildLexiconTable(LEXICON);

/** The bits of the lists a lower-cased word is in, without the rules of `lexiconBits`. */
export function listedBits(lower: string): number {
  return LEXICON.get(lower) ?? 0;
}

/** The bits of a lower-cased word: its lists, and the rules that go with them ("-ly" adverbs are fillers). */
export function lexiconBits(lower: string): number {
  let bits = LEXICON.get(lower) ?? 0;
  if (lower.length > 4 && lower.endsWith("ly")) bits |= L_FILLER;
  if (lower.includes("'") || lower.includes("’")) bits |= L_APOSTROPHE;
  return lower.includes("-") ? bits | L_HYPHENATED : bits;
}

/**
 * `lexiconBits` of the word `text[start, end)` in lower case, read from the text; -1 when the word holds a
 * character outside ASCII (look its string up instead).
 */
export function lexiconBitsInText(text: string, start: number, end: number): number {
  let bits = listedBitsInText(text, start, end);
  if (bits < 0) return -1;
  const length = end - start;
  if (length > 4 && (text.charCodeAt(end - 1) | 32) === 121 && (text.charCodeAt(end - 2) | 32) === 108) bits |= L_FILLER;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) bits |= L_HYPHENATED;
    else if (c === 39) bits |= L_APOSTROPHE;
  }
  return bits;
}
