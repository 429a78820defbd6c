import type { WordTable } from "../nlp/entities/word-table.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";

// "Feinstein last week said", "Sanders on Tuesday night warned", "The paper also this week published": news
// prose puts a time phrase between a subject and its verb; the subject is before it.
const TIME_NOUNS = new Set(["day", "night", "evening", "morning", "afternoon", "week", "weekend", "month", "year", "summer", "spring", "fall", "winter"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const BARE_TIMES = new Set(["yesterday", "today", "tonight"]);
// "last week", "this month", "earlier this year": words that make a time noun a point in time.
const TIME_DETERMINERS = new Set(["last", "this", "next", "that", "past"]);
const TIME_PREPOSITIONS = new Set(["on", "in", "during", "over", "earlier", "late", "early"]);

/**
 * The first token of a time phrase that ends at token `k` ("last week", "on Tuesday night", "earlier this
 * month", "Monday", "yesterday"), or -1. A month name alone is no time here: "May" can be a surname.
 */
export function timePhraseStart(t: WordTable, k: number): number {
  const lower = t.lower[k] ?? "";
  if (BARE_TIMES.has(lower)) return k;
  let start: number;
  if (WEEKDAYS.has(lower)) start = k;
  else if (TIME_NOUNS.has(lower)) {
    const before = t.lower[k - 1] ?? "";
    if (WEEKDAYS.has(before)) start = k - 1;
    else if (TIME_DETERMINERS.has(before)) start = k - 1;
    else return -1;
  } else return -1;
  // "last Tuesday", "this Monday"
  if (TIME_DETERMINERS.has(t.lower[start - 1] ?? "") && WEEKDAYS.has(t.lower[start] ?? "")) start--;
  if (TIME_PREPOSITIONS.has(t.lower[start - 1] ?? "")) start--;
  // "earlier in the week" is rarer than "earlier this week"; one preposition is enough.
  return start;
}

/** The last token before a time phrase (and the adverbs before it) that ends at `k`; `k` itself when none ends there. */
export function beforeTimePhrase(t: WordTable, k: number, first: number): number {
  const start = timePhraseStart(t, k);
  if (start <= first) return k;
  let j = start - 1;
  for (let n = 0; n < 3 && isFillerAt(t, j); n++) j--;
  return j;
}
