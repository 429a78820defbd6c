/**
 * Conversions between instants and wall-clock times in an IANA zone, from the runtime's time zone data.
 * Intl only converts instant -> wall time; the reverse is solved here, with the two awkward cases made
 * explicit: a wall time that a spring-forward gap skips, and one that a fall-back repeats.
 */

/** A local date and time: month 1-12, hour 0-23. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** Where a wall time lands on the timeline. */
export interface WallInstant {
  /** "exact": once; "gap": skipped by a spring-forward; "repeated": twice, at a fall-back. */
  kind: "exact" | "gap" | "repeated";
  /** The instant it names; in a gap, the first instant after the gap; when repeated, the first occurrence. */
  at: Date;
  /** The second occurrence of a repeated wall time. */
  repeatAt?: Date;
}

/** The offsets around one local day: `before` until `transitionAt`, `after` from it (equal: no change). */
export interface DayOffsets {
  before: number;
  after: number;
  transitionAt: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Beyond any UTC offset (-12 to +14 h), so [day - margin, day + 24 h + margin] holds every instant of a local day. */
const MARGIN = 15 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
const dayCache = new Map<string, DayOffsets>();
const MAX_CACHED_DAYS = 20_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall time at `instantMs` written as if it were UTC, in ms (so offset = result - instant). */
function wallMsAt(instantMs: number, timeZone: string): number {
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(instantMs)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}

/** The zone's UTC offset at an instant, in ms (Berlin in summer: 7,200,000). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallMsAt(whole, timeZone) - whole;
}

/**
 * The offset at an instant from the cached offsets of its UTC date (whose window covers it): after the
 * first call for a date, no Intl call at all. Slot searches convert "now" for every subscription.
 */
function cachedOffsetMs(instantMs: number, timeZone: string): number {
  const date = new Date(instantMs);
  const offsets = dayOffsets(timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return instantMs < offsets.transitionAt ? offsets.before : offsets.after;
}

/** The wall time at `instant` in `timeZone`. */
export function toWallTime(instant: Date, timeZone: string): Required<WallTime> {
  const wall = new Date(instant.getTime() + cachedOffsetMs(instant.getTime(), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The instant(s) a wall time names in `timeZone`. */
export function fromWallTime(wall: WallTime, timeZone: string): WallInstant {
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const resolved = resolveWall(wallMs, dayOffsets(timeZone, wall.year, wall.month, wall.day));
  if (resolved.gap) return { kind: "gap", at: new Date(resolved.first) };
  if (resolved.second !== undefined) return { kind: "repeated", at: new Date(resolved.first), repeatAt: new Date(resolved.second) };
  return { kind: "exact", at: new Date(resolved.first) };
}

/**
 * The offsets in force around a local day, with the instant they change, to the second. Cached: a day's
 * answer never changes, and the runner asks about the same few zones and days for every subscription.
 * Assumes at most one offset change in the 54 hours around a day, true of every zone's rules in use.
 */
export function dayOffsets(timeZone: string, year: number, month: number, day: number): DayOffsets {
  const cacheKey = `${timeZone}|${year}-${month}-${day}`;
  let offsets = dayCache.get(cacheKey);
  if (offsets === undefined) {
    if (dayCache.size >= MAX_CACHED_DAYS) dayCache.clear();
    offsets = findDayOffsets(timeZone, Date.UTC(year, month - 1, day));
    dayCache.set(cacheKey, offsets);
  }
  return offsets;
}

function findDayOffsets(timeZone: string, dayMs: number): DayOffsets {
  let low = dayMs - MARGIN;
  let high = dayMs + DAY + MARGIN;
  const before = zoneOffsetMs(low, timeZone);
  const after = zoneOffsetMs(high, timeZone);
  if (before === after) return { before, after, transitionAt: high };
  // Binary search for the first second with the new offset: about 18 steps.
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (zoneOffsetMs(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return { before, after, transitionAt: high };
}

/** Resolves a wall time (as UTC ms) with its day's offsets: first instant, second one if repeated, gap flag. */
export function resolveWall(wallMs: number, offsets: DayOffsets): { first: number; second?: number; gap: boolean } {
  const { before, after, transitionAt } = offsets;
  if (before === after) return { first: wallMs - before, gap: false };
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = early < transitionAt;
  const lateValid = late >= transitionAt;
  if (earlyValid && lateValid) return { first: early, second: late, gap: false };
  if (earlyValid) return { first: early, gap: false };
  if (lateValid) return { first: late, gap: false };
  return { first: transitionAt, gap: true };
}
