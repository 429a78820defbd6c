import { L_DETERMINER } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_WORD, wordBits, type WordTable } from "../nlp/entities/word-table.js";

const RELATIVES = new Set(["which", "who"]);

/**
 * "the union, which represents New York City educators, said": words [first, end] closed by a comma that open on
 * a lower-case word right after "which" or "who" are the relative clause's verb and its object, not a subject
 * (but "which an FBI investigation said", "which critics say" go straight on to their verb and are subjects).
 */
export function isRelativeClauseObject(t: WordTable, first: number, end: number): boolean {
  if (((t.flags[end + 1] ?? 0) & F_WORD) !== 0 || t.lower[end + 1] !== "," || (wordBits(t, first) & L_DETERMINER) !== 0) return false;
  return ((t.flags[first] ?? 0) & F_LOWER) !== 0 && RELATIVES.has(t.lower[first - 1] ?? "");
}
