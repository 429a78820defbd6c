import { cronCalendar, type CronCalendar } from "./cron-calendar.js";
import { daySlots, type DaySlot } from "./day-slots.js";
import type { Schedule } from "./parse-schedule.js";
import { dayOffsets, toWallTime } from "./wall-time.js";

/** One scheduled occurrence of a schedule in a time zone. */
export interface Slot {
  at: Date;
  /**
   * The occurrence by its local wall time and zone, "2026-03-29T02:30@Europe/Berlin": the same in every
   * process and run, so a delivery ledger keyed by it never delivers an occurrence twice. At a fall-back
   * the first 02:30 and the second are the same key, except for every-hour schedules, which fire at both
   * and mark the second "2026-10-25T02:30#2@Europe/Berlin" (ADR 011). `timeZone` is used as given: pass
   * the stored, canonical name.
   */
  key: string;
}

const DAY = 86_400_000;
/** Beyond any UTC offset: no instant of a local day is later than its UTC midnight plus a day and this. */
const MARGIN = 15 * 3_600_000;
/**
 * How far a search looks: 400 Gregorian years, after which dates and weekdays repeat, so a pattern that
 * matches no day in that span never will. Valid schedules are found within days; the bound only stops
 * a pattern such as "0 0 L-30 2 *" (never true) from searching forever.
 */
const HORIZON = 146_097 * DAY;

/** The first slot strictly after `after`, or undefined if the schedule never fires again. */
export function nextSlot(schedule: Pick<Schedule, "cron">, timeZone: string, after: Date): Slot | undefined {
  const calendar = cronCalendar(schedule.cron);
  const afterMs = after.getTime();
  const local = toWallTime(after, timeZone);
  // From the day before: a fall-back across midnight can put yesterday's wall times after `after`.
  let dayMs = Date.UTC(local.year, local.month - 1, local.day) - DAY;
  const endMs = dayMs + HORIZON;
  while (dayMs <= endMs) {
    const date = new Date(dayMs);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!calendar.months.has(month)) {
      dayMs = Date.UTC(year, month, 1);
      continue;
    }
    if (calendar.matchesDate(year, month, day)) {
      const slots = daySlots(calendar, timeZone, year, month, day);
      const index = slots.findIndex((slot) => slot.at > afterMs);
      const found = slots[index];
      if (found !== undefined) {
        const isLast = index === slots.length - 1;
        return (isLast && sameInstantNextDay(calendar, timeZone, dayMs + DAY, found)) || toSlot(dayMs, found, timeZone);
      }
    }
    dayMs += DAY;
  }
  return undefined;
}

/**
 * The most recent slot at or before `now` (and strictly after `after`, when given), or undefined.
 * With `after`, the search stops at `after`: the runner's catch-up window costs only its own length.
 */
export function latestSlot(schedule: Pick<Schedule, "cron">, timeZone: string, now: Date, after?: Date): Slot | undefined {
  const calendar = cronCalendar(schedule.cron);
  const nowMs = now.getTime();
  const afterMs = after?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (afterMs >= nowMs) return undefined;
  const local = toWallTime(now, timeZone);
  let dayMs = Date.UTC(local.year, local.month - 1, local.day);
  const endMs = dayMs - HORIZON;
  while (dayMs >= endMs && dayMs + DAY + MARGIN > afterMs) {
    const date = new Date(dayMs);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!calendar.months.has(month)) {
      dayMs = Date.UTC(year, month - 1, 0); // the last day of the month before
      continue;
    }
    if (calendar.matchesDate(year, month, day)) {
      const slots = daySlots(calendar, timeZone, year, month, day);
      const found = slots.findLast((slot) => slot.at <= nowMs);
      if (found !== undefined) return found.at > afterMs ? toSlot(dayMs, found, timeZone) : undefined;
    }
    dayMs -= DAY;
  }
  return undefined;
}

/**
 * A wall time late on a change day can fall in a gap that ends after midnight, on the same instant as the
 * next day's first slot. That is one slot, named by the later wall time, as within a day (day-slots.ts).
 */
function sameInstantNextDay(calendar: CronCalendar, timeZone: string, nextDayMs: number, found: DaySlot): Slot | undefined {
  const date = new Date(nextDayMs);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const offsets = dayOffsets(timeZone, year, month, day);
  if (offsets.before === offsets.after || !calendar.matchesDate(year, month, day)) return undefined;
  const first = daySlots(calendar, timeZone, year, month, day)[0];
  return first?.at === found.at ? toSlot(nextDayMs, first, timeZone) : undefined;
}

function toSlot(dayMs: number, slot: DaySlot, timeZone: string): Slot {
  const date = new Date(dayMs).toISOString().slice(0, 10);
  const time = `${pad(Math.floor(slot.minuteOfDay / 60))}:${pad(slot.minuteOfDay % 60)}`;
  return { at: new Date(slot.at), key: `${date}T${time}${slot.repeat ? "#2" : ""}@${timeZone}` };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
