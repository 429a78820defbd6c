import { L_ORG_WORD } from "./lexicon.js";
import { F_CAP, F_SENT, F_WORD, wordBits, type WordTable } from "./word-table.js";

const MAX_TAIL = 3;

function isCap(t: WordTable, k: number): boolean {
  const f = t.flags[k] ?? 0;
  return (f & F_WORD) !== 0 && (f & F_CAP) !== 0 && (f & F_SENT) === 0;
}

/**
 * Does "and" at `and` join two parts of one organisation's name, the run [first, last] before it and capitalised
 * words after it? Yes after an institution's word and its "for" or "of" ("Institute for Science and International
 * Security", "Department of Health and Human Services"), and after "the" when the words after "and" end on an
 * institution's word ("the Securities and Exchange Commission", "the Food and Drug Administration"); not "Clinton
 * and Justice Department officials", two names side by side.
 */
export function andJoinsName(t: WordTable, first: number, last: number, and: number): boolean {
  if (!isCap(t, and + 1) || t.lower[and] !== "and") return false;
  for (let k = first + 1; k < last; k++) {
    const connector = t.lower[k] === "for" || t.lower[k] === "of";
    if (connector && (wordBits(t, k - 1) & L_ORG_WORD) !== 0) return true;
  }
  const afterThe = t.lower[first - 1] === "the" || t.lower[first - 2] === "the";
  if (!afterThe || first !== last) return false;
  for (let k = and + 1; k <= and + MAX_TAIL && isCap(t, k); k++) if ((wordBits(t, k) & L_ORG_WORD) !== 0) return true;
  return false;
}
