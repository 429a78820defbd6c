import { F_UPPER, type WordTable } from "./word-table.js";

const CLOCK_MARKS = new Set(["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]);
// "EST", "EDT", "ET", "PST", "GMT", "UTC": zone abbreviations end in T (for "time").
const ZONE = /^(?:[a-z]{1,3}t|utc)\.?$/;

/** "7:19 p.m. EST": a capitalised abbreviation right after a clock time names its time zone, no organisation. */
export function isTimeZoneAt(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & F_UPPER) !== 0 && ZONE.test(t.lower[k] ?? "") && CLOCK_MARKS.has(t.lower[k - 1] ?? "");
}
