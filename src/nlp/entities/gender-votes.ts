import type { EntityIndex } from "./entity.js";
import { F_PARA, F_QUOTE, F_SENT } from "./word-table.js";

const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);

/**
 * Settles the gender of people the lexicons could not: a pronoun outside quotation marks in a sentence
 * that has named exactly one person so far is a vote for that person ("Osei said she ...").
 */
export function voteGenders(index: EntityIndex): void {
  const { words: t, entities, entityOfToken } = index;
  if (!entities.some((e) => e.kind === "person" && !e.gender)) return;
  // Plain arrays: these are small, and typed arrays cost more to allocate and collect than they save.
  const male: number[] = new Array<number>(entities.length).fill(0);
  const female: number[] = new Array<number>(entities.length).fill(0);
  let sentencePerson = -1;
  let sentencePeople = 0;
  let insideQuote = false;
  for (let k = 0; k < t.count; k++) {
    const f = t.flags[k] ?? 0;
    if ((f & F_PARA) !== 0) insideQuote = false;
    if ((f & (F_SENT | F_PARA)) !== 0) {
      sentencePerson = -1;
      sentencePeople = 0;
    }
    if ((f & F_QUOTE) !== 0) {
      insideQuote = !insideQuote;
      continue;
    }
    if (insideQuote) continue;
    const id = entityOfToken[k] ?? -1;
    if (id >= 0) {
      if (entities[id]?.kind === "person" && id !== sentencePerson) {
        sentencePerson = id;
        sentencePeople++;
      }
      continue;
    }
    if (sentencePeople !== 1) continue;
    // Every pronoun here starts with h or s and is short: skip other words without reaching their strings
    // (the text is at hand; the strings are spread over the heap).
    const c = t.text.charCodeAt(t.start[k] as number) | 32;
    if (c !== 104 && c !== 115) continue;
    const lower = t.lower[k] ?? "";
    if (lower.length > 7) continue;
    if (MALE_PRONOUNS.has(lower)) male[sentencePerson] = (male[sentencePerson] ?? 0) + 1;
    else if (FEMALE_PRONOUNS.has(lower)) female[sentencePerson] = (female[sentencePerson] ?? 0) + 1;
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
