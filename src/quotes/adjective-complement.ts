import type { EntityIndex } from "../nlp/entities/entity.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { L_DETERMINER, L_NP_BREAKER, L_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_QUOTE, F_WORD, wordBits } from "../nlp/entities/word-table.js";
import { isNameOrCompound } from "./not-a-verb.js";

/**
 * "a person close to the campaign", "officials familiar with the talks", "the station chief known as Jim": an
 * adjective after the noun takes its preposition and object with it, and a reader needs all three ("a person
 * close" says nothing). Each adjective with the preposition(s) it takes.
 */
const COMPLEMENTED = new Map<string, string[]>([
  ["close", ["to"]], ["familiar", ["with"]], ["known", ["as"]], ["involved", ["in", "with"]], ["loyal", ["to"]],
  ["briefed", ["on"]], ["knowledgeable", ["about", "of"]], ["aware", ["of"]], ["allied", ["with", "to"]],
  ["opposed", ["to"]], ["sympathetic", ["to"]], ["connected", ["to", "with"]], ["tied", ["to"]],
  ["affiliated", ["with"]], ["privy", ["to"]],
]);

const MAX_OBJECT_WORDS = 6;

/**
 * The last token to show for a speaker phrase ending at `last` when it ends on such an adjective, or stops right
 * before one ("one Republican [involved in the planning]"); else `last`. The object is a short noun phrase and
 * ends at punctuation, a function word or a verb, never beyond `ceiling`.
 */
export function shownEnd(index: EntityIndex, last: number, ceiling: number): number {
  const t = index.words;
  const adjective = COMPLEMENTED.has(t.lower[last] ?? "") ? last : last + 1;
  const preposition = adjective + 1;
  if (!COMPLEMENTED.get(t.lower[adjective] ?? "")?.includes(t.lower[preposition] ?? "")) return last;
  let end = -1;
  for (let k = preposition + 1; k <= ceiling && k - preposition <= MAX_OBJECT_WORDS; k++) {
    if (!isObjectWord(index, k, k === preposition + 1)) break;
    end = k;
  }
  // A determiner alone is no object.
  return end < 0 || (end === preposition + 1 && (wordBits(t, end) & L_DETERMINER) !== 0) ? last : end;
}

function isObjectWord(index: EntityIndex, k: number, opens: boolean): boolean {
  const t = index.words;
  const f = t.flags[k] ?? 0;
  if ((f & F_WORD) === 0 || (f & F_QUOTE) !== 0) return false;
  const bits = wordBits(t, k);
  if (opens && (bits & L_DETERMINER) !== 0) return true;
  if ((bits & (L_NP_BREAKER | L_SPEECH_VERB)) !== 0 || isFillerAt(t, k)) return false;
  // "a person familiar with the plan confirmed": a past-tense verb ends the object.
  const lower = t.lower[k] ?? "";
  return opens || !lower.endsWith("ed") || isNameOrCompound(t, k) || (wordBits(t, k - 1) & L_DETERMINER) !== 0;
}

/**
 * Read backwards from `end`, the last word of an adjective's object ("officials familiar with [the plan]"): the
 * token of the noun the adjective follows, or -1 when `end` closes no such object. Not below `floor`.
 */
export function headBeforeComplement(index: EntityIndex, end: number, floor: number): number {
  const t = index.words;
  for (let preposition = end - 1; preposition > floor + 1 && end - preposition <= MAX_OBJECT_WORDS; preposition--) {
    const adjective = preposition - 1;
    if (!COMPLEMENTED.get(t.lower[adjective] ?? "")?.includes(t.lower[preposition] ?? "")) continue;
    return shownEnd(index, adjective - 1, end) === end || shownEnd(index, adjective, end) === end ? adjective - 1 : -1;
  }
  return -1;
}
