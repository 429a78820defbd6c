import { F_LOWER, type WordTable } from "../nlp/entities/word-table.js";

// "used the words", "used the same phrase", "uses the line": the quote that follows is what the subject said.
// Not "use": "his refusal to use the words" quotes words the subject did not say.
const USE_VERBS = new Set(["used", "uses"]);
const WORD_NOUNS = new Set(["words", "phrase", "line", "expression"]);
const WORD_MODIFIERS = new Set(["same", "exact", "very"]);

/**
 * The token of "used" when the words right before a quote are "used the (same) words", optionally with a comma
 * or colon, else -1. "Used the word" (one word) is left out: it names a word rather than quoting a person.
 */
export function wordsUsedVerb(t: WordTable, first: number, last: number): number {
  let k = last;
  if (t.lower[k] === "," || t.lower[k] === ":") k--;
  if (k - 2 < first || ((t.flags[k] ?? 0) & F_LOWER) === 0 || !WORD_NOUNS.has(t.lower[k] ?? "")) return -1;
  k--;
  if (WORD_MODIFIERS.has(t.lower[k] ?? "")) k--;
  if (t.lower[k] !== "the" || k - 1 < first) return -1;
  const verb = k - 1;
  if (!USE_VERBS.has(t.lower[verb] ?? "")) return -1;
  // "Reed never used the words": he did not say them.
  return NEGATIONS.has(t.lower[verb - 1] ?? "") || NEGATIONS.has(t.lower[verb - 2] ?? "") ? -1 : verb;
}

const NEGATIONS = new Set(["not", "never", "n't", "didn't", "didn’t", "hasn't", "hasn’t", "haven't", "haven’t", "no"]);
