import { parse } from "node-cron";

/**
 * A 5-field cron expression expanded by node-cron's own parser, with the day rules node-cron applies, so a
 * pattern means here exactly what it means to node-cron. In particular node-cron requires the day of month
 * AND the day of week to match (Vixie cron accepts either when both are restricted): "0 9 13 * 5" is Friday
 * the 13th, not every 13th and every Friday. Extensions node-cron accepts are kept: L, L-n and nW in the
 * day of month; nL (last weekday n of the month) and n#k (k-th weekday n) in the day of week.
 */
export interface CronCalendar {
  /** Minutes of the hour, ascending. */
  minutes: readonly number[];
  /** Hours of the day, ascending. */
  hours: readonly number[];
  /** True when every hour of the day is included ("hourly", "*\/15 * * * *"): see ADR 011 for why it matters. */
  everyHour: boolean;
  /** Months (1-12) with any slot, to skip whole months when searching. */
  months: ReadonlySet<number>;
  /** Whether slots fall on this calendar date (month 1-12). */
  matchesDate(year: number, month: number, day: number): boolean;
}

type DayToken = number | string;

const cache = new Map<string, CronCalendar>();
const MAX_CACHED = 1_000;

/** Throws node-cron's error for an invalid pattern; callers validate with `parseSchedule` first. */
export function cronCalendar(cron: string): CronCalendar {
  let calendar = cache.get(cron);
  if (calendar === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    calendar = compile(cron);
    cache.set(cron, calendar);
  }
  return calendar;
}

function compile(cron: string): CronCalendar {
  const fields = parse(cron);
  const months = new Set(fields.month);
  const dayOfMonth = fields.dayOfMonth;
  const dayOfWeek = fields.dayOfWeek;
  const hours = [...new Set(fields.hour)].sort((a, b) => a - b);
  return {
    minutes: [...new Set(fields.minute)].sort((a, b) => a - b),
    hours,
    everyHour: hours.length === 24,
    months,
    matchesDate: (year, month, day) =>
      months.has(month) && matchesDayOfMonth(dayOfMonth, year, month, day) && matchesDayOfWeek(dayOfWeek, year, month, day),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function matchesDayOfMonth(tokens: readonly DayToken[], year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  for (const token of tokens) {
    if (token === day) return true;
    if (typeof token !== "string") continue;
    if (token === "L" && day === last) return true;
    const nearest = /^(\d{1,2}|L)W$/.exec(token);
    if (nearest?.[1] !== undefined && nearestWeekday(year, month, nearest[1] === "L" ? last : Number(nearest[1]), last) === day) return true;
    const beforeLast = /^L-(\d{1,2})$/.exec(token);
    if (beforeLast?.[1] !== undefined && last - Number(beforeLast[1]) === day) return true;
  }
  return false;
}

/** "15W": the weekday nearest the 15th without leaving the month (node-cron's rule). */
function nearestWeekday(year: number, month: number, target: number, last: number): number {
  if (target < 1 || target > last) return -1;
  const weekday = weekdayOf(year, month, target);
  if (weekday === 6) return target === 1 ? target + 2 : target - 1;
  if (weekday === 0) return target === last ? target - 2 : target + 1;
  return target;
}

function matchesDayOfWeek(tokens: readonly DayToken[], year: number, month: number, day: number): boolean {
  const weekday = weekdayOf(year, month, day);
  for (const token of tokens) {
    if (token === weekday) return true;
    if (typeof token !== "string") continue;
    const nth = /^([0-7])#([1-5])$/.exec(token);
    if (nth?.[1] !== undefined && Number(nth[1]) % 7 === weekday && Math.floor((day - 1) / 7) + 1 === Number(nth[2])) return true;
    const lastOne = /^([0-7])L$/i.exec(token);
    if (lastOne?.[1] !== undefined && Number(lastOne[1]) % 7 === weekday && day + 7 > daysInMonth(year, month)) return true;
  }
  return false;
}

/**
 * Whether any date matches, judged over one 400-year Gregorian cycle (after which dates and weekdays
 * repeat). node-cron accepts patterns that can never be true, such as "0 0 L-30 2 *"; a digest on one
 * would silently never arrive.
 */
export function matchesSomeDate(calendar: CronCalendar): boolean {
  const end = Date.UTC(2400, 0, 1);
  let dayMs = Date.UTC(2000, 0, 1);
  while (dayMs < end) {
    const date = new Date(dayMs);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!calendar.months.has(month)) dayMs = Date.UTC(year, month, 1);
    else if (calendar.matchesDate(year, month, day)) return true;
    else dayMs += 86_400_000;
  }
  return false;
}
