import { opensOnNonName } from "./sentence-opener.js";
import { andJoinsName } from "./and-in-name.js";
import { isTimeZoneAt } from "./time-zone.js";
import type { Gender } from "./first-names.js";
import {
  L_CONNECTOR, L_DEMONYM, L_EDGE, L_GIVEN_NAME, L_HONORIFIC, L_KNOWN_ORG, L_OFFICE, L_ORG_WORD, L_PHRASE_START, L_PLACE, L_PLACE_HEAD,
  L_ROLE_MODIFIER, L_ROLE_NOUN, L_TITLE, L_COMMON_PLURAL, L_HYPHENATED, L_APOSTROPHE, L_PREPOSITION, L_MALE_NAME, L_FEMALE_NAME, L_MORE_GIVEN_NAME, L_NP_BREAKER, L_FILLER, L_SPEECH_VERB, listedBits,
} from "./lexicon.js";
import { DEMONYMS, KNOWN_ORGS, PLACES } from "./org-place-words.js";
import { HONORIFICS, OFFICE_WORDS, ROLE_MODIFIERS, TITLE_WORDS } from "./role-words.js";
import { F_CAP, F_POSS, F_QUOTE, F_SENT, F_UPPER, F_WORD, wordBits, type WordTable } from "./word-table.js";

export { EDGE_STOP } from "./closed-words.js";
export { isCommonPlural } from "./lexicon.js";

export type RunKind = "person" | "organization" | "place" | "unknown";

/** A capitalised run of words, split into an optional title part and the name itself (token indices, inclusive). */
export interface NameRun {
  first: number;
  last: number;
  kind: RunKind;
  /** Title tokens inside the run, right before the name ("U.S. Secretary of State"). */
  titleFirst: number;
  titleLast: number;
  /** Gender from an honorific, a gendered title or the given name. */
  gender?: Gender;
  /** The name carried a courtesy title or a title: it is certainly a person. */
  titled: boolean;
}

function isCapWord(t: WordTable, i: number): boolean {
  const f = t.flags[i] ?? 0;
  return (f & F_WORD) !== 0 && (f & F_CAP) !== 0;
}

/** All capitalised runs of the document, classified, in order. */
export function findNameRuns(t: WordTable): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < t.count) {
    if (!isCapWord(t, i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < t.count && ((t.flags[last] ?? 0) & F_POSS) === 0) {
      const f = t.flags[j] ?? 0;
      if ((f & F_SENT) !== 0) break;
      if (isCapWord(t, j)) {
        last = j++;
        continue;
      }
      if (nicknameAt(t, last, j)) {
        // Juan “Chico” Manriquez: a quoted nickname between a given name and a surname stays inside the name.
        last = j + 3;
        j += 4;
        // "Juan “Chico” Manriquez | of Oakland": a name with a nickname is a person's; "of" says where from.
        if (t.lower[j] === "of") break;
        continue;
      }
      // Only a connector or a preposition can carry a name on: test the bits before reaching the word's string.
      const bits = wordBits(t, j);
      if ((bits & L_CONNECTOR) !== 0) {
        const of = t.lower[j] === "of";
        // "Sen. Ted Cruz | of Texas", "Meenakshi Ganguly | of Human Rights Watch": the person ends before "of".
        if (of && personBeforeOf(t, i, last, j)) break;
        if (isCapWord(t, j + 1) && ((t.flags[j + 1] ?? 0) & F_SENT) === 0) {
          j++;
          continue;
        }
        // "Speaker of the House", "Bank of the West"
        if (of && t.lower[j + 1] === "the" && isCapWord(t, j + 2)) {
          j += 2;
          continue;
        }
      }
      // "Commission on Presidential Debates", "Center for American Progress", "Undersecretary for Political Affairs"
      const lastBits = wordBits(t, last);
      const carries = (lastBits & L_ORG_WORD) !== 0 || (t.lower[j] === "for" && (lastBits & L_TITLE) !== 0);
      if ((bits & L_PREPOSITION) !== 0 && (t.lower[j] === "on" || t.lower[j] === "for") && carries && isCapWord(t, j + 1)) {
        j++;
        continue;
      }
      if (andJoinsName(t, i, last, j)) {
        j++;
        continue;
      }
      break;
    }
    const run = classifyRun(t, i, last);
    if (run) runs.push(run);
    i = last + 1;
  }
  return runs;
}

/** At `q`, right after the given name at `given`: an opening mark, one capitalised word, a closing mark, a surname. */
function nicknameAt(t: WordTable, given: number, q: number): boolean {
  if (((t.flags[q] ?? 0) & F_QUOTE) === 0 || ((t.flags[q + 2] ?? 0) & F_QUOTE) === 0 || (wordBits(t, given) & L_GIVEN_NAME) === 0) return false;
  if (!isCapWord(t, q + 1) || !isCapWord(t, q + 3)) return false;
  return ((t.flags[q + 1] ?? 0) & F_SENT) === 0 && ((t.flags[q + 3] ?? 0) & F_SENT) === 0;
}

/** A plain capitalised word: no title, office, organisation, place or sentence word. */
function isPlainNameWord(t: WordTable, k: number): boolean {
  const NOT_PLAIN = L_ORG_WORD | L_TITLE | L_HONORIFIC | L_OFFICE | L_EDGE | L_PLACE | L_KNOWN_ORG;
  return isCapWord(t, k) && ((t.flags[k] ?? 0) & F_UPPER) === 0 && (wordBits(t, k) & NOT_PLAIN) === 0;
}

const MAX_TAIL_WORDS = 5;

/**
 * The run [first, last] ends in a person's name and what follows "of" at `of` is where they are from or
 * work: a place, an organisation, or anything after a given name or title ("Ted Cruz of Texas").
 */
function personBeforeOf(t: WordTable, first: number, last: number, of: number): boolean {
  // "Mr. Morgan | of the Sierra Club", "Dr. Smith | of Harvard": a courtesy title marks the surname after it as a person's.
  if (last - first >= 1 && isPlainNameWord(t, last) && (wordBits(t, last - 1) & L_HONORIFIC) !== 0) return true;
  if (last - first < 1 || !isPlainNameWord(t, last) || !isPlainNameWord(t, last - 1)) return false;
  for (let k = first; k <= last; k++) if ((wordBits(t, k) & L_ORG_WORD) !== 0) return false;
  if ((wordBits(t, last - 1) & L_GIVEN_NAME) !== 0) return true;
  for (let k = first; k < last - 1; k++) if ((wordBits(t, k) & (L_TITLE | L_HONORIFIC)) !== 0) return true;
  let k = t.lower[of + 1] === "the" ? of + 2 : of + 1;
  const tailFirst = k;
  for (; k < t.count && k - tailFirst < MAX_TAIL_WORDS && isCapWord(t, k); k++) if ((wordBits(t, k) & L_ORG_WORD) !== 0) return true;
  return k > tailFirst && inPhraseList(t, tailFirst, k - 1, PLACES, L_PLACE);
}

/**
 * Whether the words [first, last] make an entry of `list`: one word is a bit test; several are joined and
 * looked up only when the first could start such an entry.
 */
function inPhraseList(t: WordTable, first: number, last: number, list: ReadonlySet<string>, bit: number): boolean {
  if (first === last) return (wordBits(t, first) & bit) !== 0;
  return (wordBits(t, first) & L_PHRASE_START) !== 0 && list.has(joinLower(t, first, last));
}

const CONTRACTION = /^[a-z]+['’][a-z]+$/;
const APOSTROPHE = /['’]/;

function classifyRun(t: WordTable, from: number, to: number): NameRun | null {
  let first = from;
  let last = to;
  while (first <= last && (wordBits(t, first) & L_EDGE) !== 0) first++;
  while (last >= first && (wordBits(t, last) & L_EDGE) !== 0) last--;
  while (last > first && (wordBits(t, last) & L_CONNECTOR) !== 0) last--;
  // "Continued Stone: “...”", "Added Smith, ...": a sentence may open on its verb of saying, inverted before the name.
  if (first < last && ((t.flags[first] ?? 0) & F_SENT) !== 0 && isPastSpeechVerb(t, first)) first++;
  if (opensOnNonName(t, first, last)) first++;
  if (first > last || (first === last && isTimeZoneAt(t, first))) return null;
  // "They’re", "I’m": contractions of function words are never names.
  if (first === last && (wordBits(t, first) & L_APOSTROPHE) !== 0 && CONTRACTION.test(t.lower[first] ?? "") && (listedBits((t.lower[first] ?? "").split(APOSTROPHE)[0] ?? "") & L_EDGE) !== 0) return null;
  // "Vermonter Bernie Sanders": a descriptor in front of a given name is not part of the name.
  if (last - first >= 2 && (wordBits(t, first + 1) & L_GIVEN_NAME) !== 0 && (wordBits(t, first) & (L_GIVEN_NAME | L_TITLE | L_HONORIFIC)) === 0) first++;
  if (first === last && (wordBits(t, first) & L_COMMON_PLURAL) !== 0) return null;
  const roleHeaded = nameAfterRoleHead(t, first, last);
  if (roleHeaded) return roleHeaded;
  // "Minister for Foreign Affairs" with no two-word name after it: the whole run is the role.
  for (let k = first + 1; k < last; k++) if (t.lower[k] === "for" && (wordBits(t, k - 1) & L_TITLE) !== 0) return null;
  if (inPhraseList(t, first, last, KNOWN_ORGS, L_KNOWN_ORG)) return plain(first, last, "organization");
  if (inPhraseList(t, first, last, PLACES, L_PLACE)) return plain(first, last, "place");
  if (first === last ? (wordBits(t, first) & (L_DEMONYM | L_ROLE_MODIFIER | L_TITLE | L_OFFICE)) !== 0 : isTitlePhrase(t, first, last)) return null;
  // "Lee County", "Atlantic City": a place even when its first word is a given name.
  if (first < last && (wordBits(t, last) & L_PLACE_HEAD) !== 0) return plain(first, last, "place");

  // The last title word with a name after it splits the run: "Texas Sen. | Ted Cruz", "Secretary of State | Antony Blinken".
  let titleLast = -1;
  let gender: Gender | undefined;
  let honorific = false;
  for (let k = first; k < last; k++) {
    const bits = wordBits(t, k);
    if ((bits & L_HONORIFIC) !== 0) {
      titleLast = k;
      honorific = true;
      gender = HONORIFICS.get(t.lower[k] ?? "");
    } else if ((bits & L_TITLE) !== 0) {
      let end = k;
      while (end + 2 <= last && t.lower[end + 1] === "of" && (wordBits(t, end + 2) & L_OFFICE) !== 0) {
        end += 2;
        while (end + 1 < last && (wordBits(t, end + 1) & L_OFFICE) !== 0) end++;
      }
      if (end < last) {
        titleLast = end;
        honorific = false;
        k = end;
      }
    }
  }
  let nameFirst = titleLast >= 0 ? titleLast + 1 : first;
  while (nameFirst < last && (wordBits(t, nameFirst) & (L_DEMONYM | L_ROLE_MODIFIER)) !== 0) nameFirst++;
  for (let k = nameFirst; k <= last; k++) {
    const bits = wordBits(t, k);
    if ((bits & L_ORG_WORD) !== 0 || ((bits & L_HYPHENATED) !== 0 && isHyphenatedOrgWord(t.lower[k] ?? ""))) {
      // "Chicago Sun-Times" names a newspaper as "Chicago Times" would.
      return plain(first, last, "organization");
    }
  }
  if (inPhraseList(t, nameFirst, last, KNOWN_ORGS, L_KNOWN_ORG)) return plain(nameFirst, last, "organization");
  if (inPhraseList(t, nameFirst, last, PLACES, L_PLACE)) return titleLast >= 0 ? null : plain(nameFirst, last, "place");
  const givenBits = wordBits(t, nameFirst);
  const givenIsName = (givenBits & (L_GIVEN_NAME | L_MORE_GIVEN_NAME)) !== 0;
  if (!gender && (givenBits & (L_MALE_NAME | L_FEMALE_NAME)) !== 0) gender = (givenBits & L_MALE_NAME) !== 0 ? "male" : "female";
  const titled = titleLast >= 0;
  let kind: RunKind = "unknown";
  // Shouted headlines ("RED STATES OUTNUMBER BLUE") and long title-case runs are not names.
  if (last - nameFirst - marksIn(t, nameFirst, last) >= MAX_NAME_WORDS || (last > nameFirst && allUpper(t, nameFirst, last))) return null;
  if (titled || (nameFirst < last && givenIsName)) kind = "person";
  // A lone acronym ("NATO", "CREW") names an organisation; a shouted function word ("He COULD have") does not.
  else if (nameFirst === last && ((t.flags[last] ?? 0) & F_UPPER) !== 0 && (givenBits & (L_NP_BREAKER | L_FILLER | L_EDGE)) === 0) kind = "organization";
  const run: NameRun = {
    first: nameFirst,
    last,
    kind,
    titleFirst: titled && !honorific ? first : -1,
    titleLast: titled && !honorific ? titleLast : -1,
    titled,
  };
  if (!gender && titled) gender = genderOfTitle(t, first, titleLast);
  if (gender) run.gender = gender;
  return run;
}

/**
 * "Former Clinton Senior Adviser Sidney Blumenthal", "Undersecretary for Political Affairs Wendy Sherman": a
 * title-case role ending in a role noun or an office, then exactly two plain words, is a role and a person. The
 * title loop below only splits at title words ("Sen."), and such long roles would otherwise make the run too
 * long for a name or, with "Affairs" in it, an organisation. Without a given name in front of the surname, the
 * role must end in a role noun or a title ("Adviser"), not an office.
 */
function nameAfterRoleHead(t: WordTable, first: number, last: number): NameRun | null {
  const head = last - 2;
  if (head < first || !isPlainNameWord(t, last - 1) || !isPlainNameWord(t, last)) return null;
  const headBits = wordBits(t, head);
  if ((headBits & L_GIVEN_NAME) !== 0 || !isCapWord(t, head)) return null;
  const given = (wordBits(t, last - 1) & L_GIVEN_NAME) !== 0;
  if ((headBits & (L_ROLE_NOUN | L_TITLE)) === 0 && !(given && (headBits & L_OFFICE) !== 0)) return null;
  // A role head needs no help when the title loop can split at it, unless the run is too long for a name.
  let roleWord = false;
  for (let k = first; k <= head && !roleWord; k++) roleWord = (wordBits(t, k) & (L_ROLE_NOUN | L_TITLE)) !== 0;
  if (!roleWord) return null;
  const gender = genderOfTitle(t, first, head) ?? genderOfGiven(t, last - 1);
  const run: NameRun = { first: last - 1, last, kind: "person", titleFirst: first, titleLast: head, titled: true };
  if (gender) run.gender = gender;
  return run;
}

function genderOfGiven(t: WordTable, k: number): Gender | undefined {
  const bits = wordBits(t, k);
  if ((bits & L_MALE_NAME) !== 0) return "male";
  return (bits & L_FEMALE_NAME) !== 0 ? "female" : undefined;
}

/** "Sun-Times": the part after the last hyphen is an organisation word. */
function isHyphenatedOrgWord(lower: string): boolean {
  const hyphen = lower.lastIndexOf("-");
  return hyphen >= 0 && (listedBits(lower.slice(hyphen + 1)) & L_ORG_WORD) !== 0;
}

/** A run of several words that is a demonym, role modifier, title or office as a whole ("vice president"). */
function isTitlePhrase(t: WordTable, first: number, last: number): boolean {
  if ((wordBits(t, first) & L_PHRASE_START) === 0) return false;
  const whole = joinLower(t, first, last);
  return DEMONYMS.has(whole) || ROLE_MODIFIERS.has(whole) || TITLE_WORDS.has(whole) || OFFICE_WORDS.has(whole);
}

const MAX_NAME_WORDS = 4;


/** The quotation marks of a nickname inside the run (they are no words of the name). */
function marksIn(t: WordTable, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (((t.flags[k] ?? 0) & F_QUOTE) !== 0) n++;
  return n;
}

function allUpper(t: WordTable, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (((t.flags[k] ?? 0) & F_UPPER) === 0 && (t.end[k] as number) - (t.start[k] as number) > 1) return false;
  return true;
}

function genderOfTitle(t: WordTable, from: number, to: number): Gender | undefined {
  for (let k = from; k <= to; k++) {
    const lower = t.lower[k] ?? "";
    if (lower === "congresswoman" || lower === "spokeswoman" || lower === "chairwoman" || lower === "queen" || lower === "princess") return "female";
    if (lower === "congressman" || lower === "spokesman" || lower === "chairman" || lower === "king" || lower === "prince" || lower === "pope") return "male";
  }
  return undefined;
}

/** A verb of saying in the past tense ("continued", "stated"): a given name or surname ends otherwise. */
function isPastSpeechVerb(t: WordTable, k: number): boolean {
  return (wordBits(t, k) & L_SPEECH_VERB) !== 0 && (t.lower[k] ?? "").endsWith("ed");
}

function plain(first: number, last: number, kind: RunKind): NameRun {
  return { first, last, kind, titleFirst: -1, titleLast: -1, titled: false };
}

/** The run's words, lower-cased and joined by one space. */
export function joinLower(t: WordTable, first: number, last: number): string {
  if (first === last) return t.lower[first] ?? "";
  let s = t.lower[first] ?? "";
  for (let k = first + 1; k <= last; k++) s += " " + (t.lower[k] ?? "");
  return s;
}
