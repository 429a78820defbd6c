import { L_COMMON_PLURAL, L_GIVEN_NAME, L_MORE_GIVEN_NAME } from "./lexicon.js";
import { F_CAP, F_SENT, wordBits, type WordTable } from "./word-table.js";

// "Was Szlachta satisfied?", "Did Clinton know?": a question opens on its auxiliary, inverted before the subject.
// ("Will" and "May" are left out: they are given names too.) "One Club for Growth ad": a number word counts the thing.
const OPENERS = new Set(["was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "would", "could", "should", "one"]);

/**
 * A run of capitalised words that opens a sentence may owe its first capital to the sentence alone: an inverted
 * auxiliary, "One", or a common plural describing the names after it ("Celebrities Julianne Moore, ...").
 * True when the first word of [first, last] is such a word and the run goes on past it.
 */
export function opensOnNonName(t: WordTable, first: number, last: number): boolean {
  if (first >= last || ((t.flags[first] ?? 0) & F_SENT) === 0) return false;
  const lower = t.lower[first] ?? "";
  // "Supporters of Sanders" stays whole: the plural describes names only when a name follows it directly.
  const describes = (wordBits(t, first) & L_COMMON_PLURAL) !== 0 && ((t.flags[first + 1] ?? 0) & F_CAP) !== 0;
  return OPENERS.has(lower) || describes || (lower.endsWith("ies") && startsGivenName(t, first + 1));
}

/** A plural in "-ies" is no surname before a given name ("Celebrities Julianne Moore"). */
function startsGivenName(t: WordTable, k: number): boolean {
  return (wordBits(t, k) & (L_GIVEN_NAME | L_MORE_GIVEN_NAME)) !== 0;
}
