import { SEARCH_STOP_WORDS } from "./search/stop-words.js";

/** Shared leading letters that make a headline word a suggestion for a query word ("afg" -> "Afghanistan"). */
const MIN_SHARED_PREFIX = 3;
/** Typos: at most this many edits ("afganistan" -> "Afghanistan"), for words of 5 letters or more. */
const MAX_EDITS = 2;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Topics the library holds that look closest to what was asked: words of the given headlines sharing a
 * prefix with a query word or within two edits of it, best first. When nothing is close, the most common
 * headline words. Pure and deterministic; the headlines are the caller's (recent stories).
 */
export function suggestTopics(topic: string, headlines: readonly string[], limit = 5): string[] {
  const counts = new Map<string, { word: string; count: number; first: number }>();
  for (const headline of headlines) {
    for (const [word] of headline.matchAll(WORD)) {
      const lower = word.toLowerCase();
      if ([...lower].length < 4 || SEARCH_STOP_WORDS.has(lower) || /^\d+$/.test(lower)) continue;
      const known = counts.get(lower);
      if (known) known.count++;
      else counts.set(lower, { word, count: 1, first: counts.size });
    }
  }
  const asked = [...topic.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= MIN_SHARED_PREFIX);
  const byFrequency = (a: { count: number; first: number }, b: { count: number; first: number }) => b.count - a.count || a.first - b.first;
  const close = [...counts]
    .map(([lower, entry]) => ({ ...entry, closeness: Math.max(0, ...asked.map((q) => closeness(q, lower))) }))
    .filter((entry) => entry.closeness > 0)
    .sort((a, b) => b.closeness - a.closeness || byFrequency(a, b));
  const chosen = close.length > 0 ? close : [...counts.values()].sort(byFrequency);
  return chosen.slice(0, limit).map((entry) => entry.word);
}

/** 0 when unrelated; otherwise higher for a longer shared prefix or fewer edits (scaled to 0..1). */
function closeness(query: string, word: string): number {
  if (query === word) return 0; // the word itself already failed to match: suggesting it would not help
  let prefix = 0;
  while (prefix < query.length && prefix < word.length && query[prefix] === word[prefix]) prefix++;
  const byPrefix = prefix >= MIN_SHARED_PREFIX ? prefix / Math.max(query.length, word.length) : 0;
  const byEdits = query.length >= 5 && Math.abs(query.length - word.length) <= MAX_EDITS ? 1 - editDistance(query, word, MAX_EDITS) / (MAX_EDITS + 1) : 0;
  return Math.max(byPrefix, byEdits);
}

/** Levenshtein distance, stopped early once it exceeds `max` (returns max + 1 then). */
function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
