import {
  L_DEMONYM, L_DETERMINER, L_EDGE, L_GIVEN_NAME, L_MONTH_OR_DAY, L_MORE_GIVEN_NAME, L_NP_BREAKER, L_PREPOSITION, L_PRONOUN, L_ROLE_MODIFIER, L_ROLE_NOUN,
  L_SPEECH_VERB, L_TITLE,
} from "./lexicon.js";
import { isFillerAt } from "./name-evidence.js";
import { F_CAP, F_LOWER, F_NUM, F_POSS, F_SENT, F_UPPER, F_WORD, isMark, wordBits, type WordTable } from "./word-table.js";

/** Token range of a role phrase, inclusive. */
export interface RoleRange {
  first: number;
  last: number;
}

const MAX_ROLE_WORDS = 9;
const MAX_APPOSITIVE_WORDS = 22;
const DETERMINERS = new Set(["the", "a", "an"]);
// Words that end an appositive role: what follows is a clause or a second item, not the role.
// A finite verb too: "his father, Brent Bozell, Jr. was the ghost writer" has no role after the name.
const APPOSITIVE_STOPS = new Set(
  "and who whose which that when where while whom said says told is was are were has had will would".split(" "),
);
const CLOSES_APPOSITION = new Set([",", ";", ".", "?", "!", ")", "—", "–", "and", "who", "whose", "which", "that", "when", "where", "whom", "while"]);
const APPOSITIVE_ENDS = new Set([",", ";", ".", ")", "(", ":", "—", "–", "―", "\"", "“", "”", "!", "?"]);

/** "the", "a" or "an" (its string reached only when it is a determiner at all). */
function isArticle(t: WordTable, k: number): boolean {
  return (wordBits(t, k) & L_DETERMINER) !== 0 && DETERMINERS.has(t.lower[k] ?? "");
}

function isRoleHead(t: WordTable, i: number): boolean {
  return (wordBits(t, i) & (L_ROLE_NOUN | L_TITLE)) !== 0;
}

/** A word that can stand inside a role phrase: capitalised words, possessives, role modifiers and nouns. */
function isRoleWord(t: WordTable, i: number): boolean {
  const f = t.flags[i] ?? 0;
  if ((f & F_WORD) === 0) return false;
  const bits = wordBits(t, i);
  if ((bits & L_MONTH_OR_DAY) !== 0) return false;
  // A capitalised function word or auxiliary opens a sentence ("Is President Obama going to ..."): no role word.
  // (Not an acronym: "US Senator" is no "us".)
  if ((f & F_CAP) !== 0) return (bits & ((f & F_UPPER) !== 0 ? L_EDGE : L_EDGE | L_NP_BREAKER)) === 0 && t.lower[i] !== "i";
  if ((bits & (L_ROLE_MODIFIER | L_ROLE_NOUN | L_DEMONYM)) !== 0) return true;
  const lower = t.lower[i] ?? "";
  return lower.startsWith("then-") || lower.startsWith("ex-");
}

/**
 * The role written right before a name ("longtime Democratic pollster Pat Caddell", "Pakistan’s Foreign
 * Minister Shah Mahmood Qureshi"). `titleFirst..titleLast` is a title already found inside the name's run.
 */
export function roleBefore(t: WordTable, nameFirst: number, titleFirst: number, titleLast: number): RoleRange | null {
  let first = titleFirst >= 0 ? titleFirst : nameFirst;
  const last = titleLast >= 0 ? titleLast : nameFirst - 1;
  if (titleLast < 0 && (last < 0 || !isRoleHead(t, last) || ((t.flags[last] ?? 0) & F_CAP) !== 0)) return null;
  if (titleLast < 0) first = last;
  // The capitalised run can open on a sentence's first word: "Is President Obama going to ..." names "President".
  while (first < last && !isRoleWord(t, first)) first++;
  let k = first - 1;
  while (k >= 0 && last - k < MAX_ROLE_WORDS && ((t.flags[first] ?? 0) & F_SENT) === 0) {
    if (isRoleWord(t, k)) {
      first = k--;
      continue;
    }
    break;
  }
  return { first, last };
}

/** "Armin Laschet, the leader of ... party and candidate ..." -> "leader of ... party". */
export function roleAfter(t: WordTable, nameLast: number, fullName = false): RoleRange | null {
  let k = nameLast + 1;
  if (!isMark(t, k, ",")) return null;
  k++;
  // An age between commas ("Margaret Osei, 54, a teacher,") comes before the role.
  if (((t.flags[k] ?? 0) & F_NUM) !== 0 && isMark(t, k + 1, ",")) k += 2;
  // "Angelique Brunner, a Washington-based developer, said": after a full name, "a ..." describes the person.
  const article = isArticle(t, k);
  const described = fullName && article;
  if (article) k++;
  const first = k;
  if (!isRoleWord(t, first) && !(described && ((t.flags[first] ?? 0) & F_WORD) !== 0)) return null;
  if (namesAnotherPerson(t, first)) return null;
  let hasHead = false;
  let last = -1;
  // Where the role ends if "and" turns out to join two clauses rather than two halves of one name.
  let cut = -1;
  for (; k < t.count && k - first < MAX_APPOSITIVE_WORDS; k++) {
    const word = ((t.flags[k] ?? 0) & F_WORD) !== 0;
    // "the brusque, take-a-back-seat-to-no-one governor": a comma between adjectives, before any head noun.
    if (!word && !hasHead && k > first && isMark(t, k, ",") && ((t.flags[k + 1] ?? 0) & F_LOWER) !== 0 && hasHeadAhead(t, k + 1)) continue;
    // "Carson’s longtime friend and adviser": "and" before any head noun joins two nouns of one role.
    if (word && !hasHead && k > first && t.lower[k] === "and" && hasHeadAhead(t, k + 1)) {
      last = k;
      continue;
    }
    if (word && hasHead && cut < 0 && t.lower[k] === "and" && continuesPhrase(t, k)) {
      cut = last;
      last = k;
      continue;
    }
    // "a staff member for Maryland Republicans such as former Gov. Bob Ehrlich": the examples name other people.
    if (word && hasHead && (t.lower[k] === "including" || (t.lower[k] === "such" && t.lower[k + 1] === "as"))) return { first, last };
    if (word ? (wordBits(t, k) & L_NP_BREAKER) !== 0 && APPOSITIVE_STOPS.has(t.lower[k] ?? "") : APPOSITIVE_ENDS.has(t.lower[k] ?? "")) break;
    if (((t.flags[k] ?? 0) & F_SENT) !== 0) break;
    if (cut >= 0 && (wordBits(t, k) & L_PRONOUN) !== 0) return { first, last: cut };
    // "In Chelsea, the mayor also said": a clause, not an apposition.
    if (isFillerAt(t, k) || (wordBits(t, k) & L_SPEECH_VERB) !== 0) return cut >= 0 ? { first, last: cut } : null;
    // "with Clinton, Gowdy referenced an inspector general's report": a name, a lower-case word that is no
    // preposition, then an article is subject, verb and object: the words after the comma are a clause.
    if (!hasHead && isArticle(t, k) && k > first + 1 && !joinsNounPhrase(t, k - 1) && allCapitalised(t, first, k - 2)) return null;
    if (isRoleHead(t, k) && ((t.flags[k] ?? 0) & F_CAP) === 0) hasHead = true;
    else if (isRoleHead(t, k) && k === first) hasHead = true;
    last = k;
  }
  if (!CLOSES_APPOSITION.has(t.lower[k] ?? ".")) return cut >= 0 ? { first, last: cut } : null;
  if ((!hasHead && !described) || last < first) return null;
  // "Christyn Gionfriddo, a Neptune, N.J., native": without a head noun, a description holds a common noun
  // ("a Washington-based developer", "a student from Fresno"); capitalised words alone are a place cut off from it.
  if (!hasHead && allCapitalised(t, first, last) && !anyRoleWord(t, first, last)) return null;
  return { first, last };
}

/**
 * "a fellow at the Center for Strategic and International Studies", "a candidate aiming at moderate and
 * conservative voters": after a word that is no role noun, "and" joins two halves of one phrase, not a second
 * clause or item (those follow a complete noun: "the mayor and his wife").
 */
function continuesPhrase(t: WordTable, and: number): boolean {
  const before = and - 1;
  if (isRoleHead(t, before) || ((t.flags[before] ?? 0) & F_WORD) === 0) return false;
  const after = t.flags[and + 1] ?? 0;
  // A role noun right after "and" starts a second role ("chairman for the Forum and President and CEO of ...").
  return (after & F_WORD) !== 0 && !isRoleHead(t, and + 1) && (wordBits(t, and + 1) & (L_DETERMINER | L_PRONOUN | L_NP_BREAKER)) === 0;
}

/** "a Democrat", "a Briton": a capitalised word that describes a person rather than naming a place. */
function anyRoleWord(t: WordTable, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((wordBits(t, k) & (L_ROLE_MODIFIER | L_ROLE_NOUN | L_DEMONYM)) !== 0) return true;
  return false;
}

function allCapitalised(t: WordTable, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (((t.flags[k] ?? 0) & F_LOWER) !== 0) return false;
  return true;
}

/** A word an article can follow inside a noun phrase: a preposition ("director of the"), "and" or "or". */
function joinsNounPhrase(t: WordTable, k: number): boolean {
  if (((t.flags[k] ?? 0) & F_WORD) === 0) return true;
  return (wordBits(t, k) & L_PREPOSITION) !== 0 || t.lower[k] === "and" || t.lower[k] === "or";
}

/** "Donald Trump, Sen. Ted Cruz of Texas and ...": a title and a given name after the comma start a list of people. */
function namesAnotherPerson(t: WordTable, first: number): boolean {
  if ((wordBits(t, first) & L_TITLE) === 0 || ((t.flags[first] ?? 0) & F_CAP) === 0) return false;
  let k = first + 1;
  while ((wordBits(t, k) & L_TITLE) !== 0 && ((t.flags[k] ?? 0) & F_CAP) !== 0) k++;
  if ((wordBits(t, k) & (L_GIVEN_NAME | L_MORE_GIVEN_NAME)) === 0 || ((t.flags[k] ?? 0) & F_CAP) === 0) return false;
  // "President Barack Obama’s former top adviser": a possessive name is part of the role.
  while (((t.flags[k + 1] ?? 0) & F_CAP) !== 0 && ((t.flags[k] ?? 0) & F_POSS) === 0) k++;
  return ((t.flags[k] ?? 0) & F_POSS) === 0;
}

const MAX_ADJECTIVES_AHEAD = 3;

/** A role noun within the next few lower-case words, before any punctuation. */
function hasHeadAhead(t: WordTable, from: number): boolean {
  for (let k = from; k < from + MAX_ADJECTIVES_AHEAD && ((t.flags[k] ?? 0) & F_WORD) !== 0; k++) if (isRoleHead(t, k)) return true;
  return false;
}

/** "The council leader, Margaret Osei, said" -> "council leader". */
export function roleInFrontApposition(t: WordTable, nameFirst: number, nameLast: number): RoleRange | null {
  const comma = nameFirst - 1;
  if (!isMark(t, comma, ",") || !isMark(t, nameLast + 1, ",")) return null;
  const last = comma - 1;
  if (last < 0 || !isRoleHead(t, last)) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_ROLE_WORDS; k--) {
    if (isArticle(t, k)) return { first, last };
    if (!isRoleWord(t, k)) return null;
    first = k;
    if (((t.flags[k] ?? 0) & F_SENT) !== 0) return { first, last };
  }
  return null;
}
