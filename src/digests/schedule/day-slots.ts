import type { CronCalendar } from "./cron-calendar.js";
import { dayOffsets, resolveWall } from "./wall-time.js";

/** One slot of a local day, before it gets its key. */
export interface DaySlot {
  /** Epoch ms. */
  at: number;
  /** The wall time the slot stands for, in minutes after local midnight. */
  minuteOfDay: number;
  /** The second time this wall time came round at a fall-back (only for every-hour schedules). */
  repeat: boolean;
}

/**
 * The slots of one local date that the calendar matches, in time order. The DST rules (ADR 011):
 * - Schedules restricted to some hours follow the wall clock: a time a spring-forward skips fires at the
 *   first instant after the gap; a time a fall-back repeats fires once, at its first occurrence. Times that
 *   land on the same instant (02:00 and 03:00 both become 03:00) are one slot, named by the latest of them.
 * - Schedules that include every hour fire per real hour: at every instant whose wall-clock reading matches,
 *   so a skipped time does not fire (its real hour already has a slot) and a repeated one fires twice.
 */
export function daySlots(calendar: CronCalendar, timeZone: string, year: number, month: number, day: number): DaySlot[] {
  const offsets = dayOffsets(timeZone, year, month, day);
  const dayMs = Date.UTC(year, month - 1, day);
  const slots: DaySlot[] = [];
  if (offsets.before === offsets.after) {
    for (const hour of calendar.hours) {
      for (const minute of calendar.minutes) {
        const minuteOfDay = hour * 60 + minute;
        slots.push({ at: dayMs + minuteOfDay * 60_000 - offsets.before, minuteOfDay, repeat: false });
      }
    }
    return slots;
  }
  for (const hour of calendar.hours) {
    for (const minute of calendar.minutes) {
      const minuteOfDay = hour * 60 + minute;
      const wall = resolveWall(dayMs + minuteOfDay * 60_000, offsets);
      if (wall.gap && calendar.everyHour) continue;
      slots.push({ at: wall.first, minuteOfDay, repeat: false });
      if (wall.second !== undefined && calendar.everyHour) slots.push({ at: wall.second, minuteOfDay, repeat: true });
    }
  }
  slots.sort((a, b) => a.at - b.at || a.minuteOfDay - b.minuteOfDay);
  return slots.filter((slot, i) => slots[i + 1]?.at !== slot.at);
}
