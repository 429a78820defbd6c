import type { EntityIndex } from "./entity.js";
import { L_ROLE_NOUN } from "./lexicon.js";
import { F_LOWER, F_PARA, F_QUOTE, F_SENT, wordBits, type WordTable } from "./word-table.js";

const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);

/**
 * Settles the gender of people the lexicons could not: a pronoun outside quotation marks in a sentence
 * that has named exactly one person so far is a vote for that person ("Osei said she ..."), and so is a sentence
 * opening on "He" or "She" right after a sentence that named one person.
 */
export function voteGenders(index: EntityIndex): void {
  const { words: t, entities, entityOfToken } = index;
  if (!entities.some((e) => e.kind === "person" && !e.gender)) return;
  // Plain arrays: these are small, and typed arrays cost more to allocate and collect than they save.
  const male: number[] = new Array<number>(entities.length).fill(0);
  const female: number[] = new Array<number>(entities.length).fill(0);
  let sentencePerson = -1;
  let sentencePeople = 0;
  // Votes cast since the sentence's person was named, which a cataphoric reading may take back.
  let pendingMale = 0;
  let pendingFemale = 0;
  let insideQuote = false;
  for (let k = 0; k < t.count; k++) {
    const f = t.flags[k] ?? 0;
    if ((f & F_PARA) !== 0) insideQuote = false;
    if ((f & (F_SENT | F_PARA)) !== 0) {
      // The one person the sentence before named, whom a sentence opening on "He"/"She" goes on about.
      const previousPerson = (f & F_PARA) === 0 && sentencePeople === 1 ? sentencePerson : -1;
      sentencePerson = -1;
      sentencePeople = 0;
      pendingMale = 0;
      pendingFemale = 0;
      // "X told the paper that she was a regular. He said ...": the subject of the next sentence is a better vote
      // than a pronoun inside what X said.
      if (previousPerson >= 0 && !insideQuote) voteOpeningPronoun(t.lower[k] ?? "", previousPerson, male, female);
    }
    if ((f & F_QUOTE) !== 0) {
      insideQuote = !insideQuote;
      continue;
    }
    if (insideQuote) continue;
    const id = entityOfToken[k] ?? -1;
    if (id >= 0) {
      if (entities[id]?.kind === "person" && id !== sentencePerson) {
        // "With Mayor X by her side, Hillary Clinton spoke": a pronoun in a fronted phrase points ahead, to the
        // subject after the comma, not back.
        if (sentencePerson >= 0 && t.lower[k - 1] === "," && (entityOfToken[k - 1] ?? -1) < 0) {
          male[sentencePerson] = (male[sentencePerson] ?? 0) - pendingMale;
          female[sentencePerson] = (female[sentencePerson] ?? 0) - pendingFemale;
        }
        pendingMale = 0;
        pendingFemale = 0;
        sentencePerson = id;
        sentencePeople++;
      }
      continue;
    }
    // "In a talk with X about his film, the actor said": the same, when the subject after the comma is a role.
    // ("Quinn Adebayo, the festival director, said she": a role right after the name is its apposition.)
    if (sentencePerson >= 0 && t.lower[k - 1] === "," && (entityOfToken[k - 2] ?? -1) < 0 && opensRoleSubject(t, k)) {
      male[sentencePerson] = (male[sentencePerson] ?? 0) - pendingMale;
      female[sentencePerson] = (female[sentencePerson] ?? 0) - pendingFemale;
      pendingMale = 0;
      pendingFemale = 0;
      sentencePeople = 2;
      continue;
    }
    if (sentencePeople !== 1) continue;
    // Every pronoun here starts with h or s and is short: skip other words without reaching their strings
    // (the text is at hand; the strings are spread over the heap).
    const c = t.text.charCodeAt(t.start[k] as number) | 32;
    if (c !== 104 && c !== 115) continue;
    const lower = t.lower[k] ?? "";
    if (lower.length > 7) continue;
    if (MALE_PRONOUNS.has(lower)) {
      male[sentencePerson] = (male[sentencePerson] ?? 0) + 1;
      pendingMale++;
    } else if (FEMALE_PRONOUNS.has(lower)) {
      female[sentencePerson] = (female[sentencePerson] ?? 0) + 1;
      pendingFemale++;
    }
  }
  entities.forEach((entity, id) => {
    if (entity.kind !== "person" || entity.gender) return;
    const m = male[id] ?? 0;
    const w = female[id] ?? 0;
    // One stray pronoun is weak evidence: ask for a clear majority.
    if (m >= 2 * w + 1 && m >= 1 && (m > 1 || w === 0)) entity.gender = "male";
    else if (w >= 2 * m + 1 && (w > 1 || m === 0)) entity.gender = "female";
  });
}

const MAX_ROLE_MODIFIERS = 2;

/** "the actor", "the former senator" at `k`: a definite role noun, the subject of the clause it opens. */
function opensRoleSubject(t: WordTable, k: number): boolean {
  if (t.lower[k] !== "the") return false;
  for (let j = k + 1; j <= k + 1 + MAX_ROLE_MODIFIERS; j++) {
    if (((t.flags[j] ?? 0) & F_LOWER) === 0) return false;
    if ((wordBits(t, j) & L_ROLE_NOUN) !== 0) return true;
  }
  return false;
}

function voteOpeningPronoun(lower: string, person: number, male: number[], female: number[]): void {
  if (lower === "he") male[person] = (male[person] ?? 0) + 1;
  else if (lower === "she") female[person] = (female[person] ?? 0) + 1;
}
