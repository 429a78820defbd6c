import { validateDetailed, type CronFieldError } from "node-cron";
import { cronCalendar, matchesSomeDate } from "./cron-calendar.js";

/**
 * A digest schedule, parsed once from what the user wrote. Slots are computed from `cron` (slots.ts);
 * `spec` is the normalised form to store: parsing it again gives the same schedule.
 */
export interface Schedule {
  /** Normalised input: "daily 08:00", "weekdays 07:30", "hourly", "every 6 hours", or the cron's 5 fields. */
  spec: string;
  /** The 5-field cron expression the slots follow (minute hour day-of-month month day-of-week). */
  cron: string;
  /** For people: "daily at 08:00", "weekdays at 07:30", "hourly", "every 6 hours", "cron 0 9 * * 1". */
  label: string;
}

/**
 * A schedule, time zone or subscribe command that cannot be used. `message` is written for the person who
 * typed it and can be shown in a channel as is.
 */
export class ScheduleError extends Error {
  override readonly name = "ScheduleError";
}

/** The forms a schedule can take, worded for the person typing one in chat or in a digest file. */
export const ACCEPTED_SCHEDULES =
  'daily HH:MM, weekdays HH:MM (Monday to Friday), hourly, every N hours (N = 1, 2, 3, 4, 6, 8, 12 or 24), ' +
  'or a 5-field cron expression such as "0 9 * * 1" (minute hour day-of-month month day-of-week)';

/** Hour steps that divide the day: any other would leave a short gap at midnight every day. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12, 24];

const FIELD_NAMES: Record<string, string> = {
  minute: "minute (0-59)",
  hour: "hour (0-23)",
  dayOfMonth: "day of month (1-31)",
  month: "month (1-12 or jan-dec)",
  dayOfWeek: "day of week (0-7 or sun-sat; 0 and 7 are Sunday)",
};

/**
 * Parses "daily HH:MM", "weekdays HH:MM", "hourly", "every N hours" or a 5-field cron expression.
 * Keywords are case-insensitive and "at" may precede a time ("daily at 8:00"). Throws ScheduleError.
 * @example parseSchedule("weekdays 7:30") // { spec: "weekdays 07:30", cron: "30 7 * * 1-5", label: "weekdays at 07:30" }
 */
export function parseSchedule(spec: string): Schedule {
  const words = spec.trim().split(/\s+/).filter((word) => word !== "");
  const keyword = words[0]?.toLowerCase();
  if (keyword === undefined) throw new ScheduleError(`The schedule is empty. Use ${ACCEPTED_SCHEDULES}.`);
  if (keyword === "daily" || keyword === "weekdays") return atTimeOfDay(keyword, words.slice(1));
  if (keyword === "hourly" && words.length === 1) return everyHours(1);
  if (keyword === "every") return everyHours(hourStep(words.slice(1)));
  if (words.length === 6) {
    throw new ScheduleError(
      `"${words.join(" ")}" has 6 fields: a seconds field is not supported, because digests run at most once a minute. ` +
        "Use the 5 fields minute hour day-of-month month day-of-week.",
    );
  }
  if (words.length === 5) return cronSchedule(words.join(" "));
  throw new ScheduleError(`"${spec.trim()}" is not a schedule I understand. Use ${ACCEPTED_SCHEDULES}.`);
}

function atTimeOfDay(keyword: "daily" | "weekdays", rest: string[]): Schedule {
  const words = rest[0]?.toLowerCase() === "at" ? rest.slice(1) : rest;
  const [hour, minute] = timeOfDay(words, keyword);
  const time = `${pad(hour)}:${pad(minute)}`;
  return {
    spec: `${keyword} ${time}`,
    cron: `${minute} ${hour} * * ${keyword === "daily" ? "*" : "1-5"}`,
    label: `${keyword} at ${time}`,
  };
}

function timeOfDay(words: string[], keyword: string): [number, number] {
  const written = words.join(" ");
  const match = /^(\d{1,2}):(\d{2})$/.exec(written);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (match === null || hour > 23 || minute > 59) {
    const what = written === "" ? `"${keyword}" needs a time` : `"${written}" is not a time of day`;
    throw new ScheduleError(`${what}: write it as HH:MM on the 24-hour clock, 00:00 to 23:59 (for example ${keyword} 08:00).`);
  }
  return [hour, minute];
}

function hourStep(words: string[]): number {
  const [count, unit, ...extra] = words.map((word) => word.toLowerCase());
  if (count === "hour" && unit === undefined) return 1;
  const step = Number(count);
  if (unit !== undefined && /^hours?$/.test(unit) && extra.length === 0 && /^\d{1,2}$/.test(count ?? "")) {
    if (HOUR_STEPS.includes(step)) return step;
    throw new ScheduleError(
      step >= 1 && step <= 24
        ? `Every ${step} hours does not divide the day evenly, so the gap at midnight would be shorter. ` +
            `Use every ${HOUR_STEPS.join(", ")} hours, or a cron expression for other times.`
        : `"every N hours" needs N from 1 to 24 that divides the day: ${HOUR_STEPS.join(", ")}.`,
    );
  }
  throw new ScheduleError(`"every ${words.join(" ")}" is not a schedule I understand: write "every 6 hours" or "every hour".`);
}

/** Slots at 00:00, N:00, 2N:00 … local time: N times a day, aligned to midnight. */
function everyHours(step: number): Schedule {
  if (step === 1) return { spec: "hourly", cron: "0 * * * *", label: "hourly" };
  if (step === 24) return { spec: "every 24 hours", cron: "0 0 * * *", label: "every 24 hours" };
  return { spec: `every ${step} hours`, cron: `0 */${step} * * *`, label: `every ${step} hours` };
}

function cronSchedule(cron: string): Schedule {
  const result = validateDetailed(cron);
  if (!result.valid) throw new ScheduleError(`"${cron}" is not a valid cron expression: ${describe(result.errors)}.`);
  if (!matchesSomeDate(cronCalendar(cron))) throw new ScheduleError(`"${cron}" never happens: no date matches its day and month fields.`);
  return { spec: cron, cron, label: `cron ${cron}` };
}

function describe(errors: CronFieldError[]): string {
  const error = errors[0];
  if (error === undefined) return "it could not be read";
  const field = FIELD_NAMES[error.field];
  if (/impossible day/.test(error.message)) return `day ${error.value ?? ""} never happens in the months given`;
  if (field === undefined) return `use 5 fields: minute hour day-of-month month day-of-week (${error.message})`;
  return `"${error.value ?? ""}" is not a valid ${field}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
