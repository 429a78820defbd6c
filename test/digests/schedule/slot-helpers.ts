import { parseSchedule } from "../../../src/digests/schedule/parse-schedule.js";
import { nextSlot, type Slot } from "../../../src/digests/schedule/slots.js";

/** Every slot with from < at <= to, by repeated nextSlot calls: the runner's view of a day. */
export function slotsBetween(spec: string, timeZone: string, from: string, to: string): Slot[] {
  const schedule = parseSchedule(spec);
  const end = new Date(to).getTime();
  const slots: Slot[] = [];
  let after = new Date(from);
  for (;;) {
    const slot = nextSlot(schedule, timeZone, after);
    if (slot === undefined || slot.at.getTime() > end) return slots;
    slots.push(slot);
    after = slot.at;
  }
}

/** "2026-03-29T01:00Z 2026-03-29T02:30@Europe/Berlin": compact, readable in a failing assertion. */
export function show(slots: readonly Slot[]): string[] {
  return slots.map((slot) => `${slot.at.toISOString().slice(0, 16)}Z ${slot.key}`);
}

export const HOUR = 3_600_000;
