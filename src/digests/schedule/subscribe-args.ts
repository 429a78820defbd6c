import { parseSchedule, ScheduleError, type Schedule } from "./parse-schedule.js";
import { canonicalTimeZone, knownTimeZones, unknownTimeZoneMessage } from "./time-zone.js";

/** What `/digest subscribe <topic> [schedule] [time zone]` asks for. */
export interface SubscribeArgs {
  topic: string;
  schedule: Schedule;
  /** Canonical IANA name (see canonicalTimeZone). */
  timeZone: string;
}

/** Used when the command leaves them out. Default: daily 08:00, UTC. */
export interface SubscribeDefaults {
  schedule: string;
  timeZone: string;
}

const USAGE =
  "/digest subscribe <topic> [daily HH:MM | weekdays HH:MM | hourly | every N hours | cron] [time zone], " +
  "for example /digest subscribe afghanistan weekdays 07:30 Europe/Berlin";

/** Cron fields: minute and hour are numeric; the day fields may also use month and weekday names. */
const CRON_TIME_FIELD = /^[\d*/,-]+$/;
const CRON_DAY_FIELD = /^(?:[\d*/,?#LW-]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)+$/i;

/**
 * Parses the text after `/digest subscribe`. The schedule is the tail of the text (before an optional time
 * zone) in one of the schedule forms; the topic is everything before it. A last word is taken as the time
 * zone when it is one, and reported when it looks like a mistyped one ("Europe/Berln"). Throws ScheduleError.
 * @example parseSubscribeArgs("afghanistan weekdays 7:30 europe/berlin") // topic "afghanistan", weekdays 07:30, Europe/Berlin
 */
export function parseSubscribeArgs(text: string, defaults: SubscribeDefaults = { schedule: "daily 08:00", timeZone: "UTC" }): SubscribeArgs {
  const words = text.trim().split(/\s+/).filter((word) => word !== "");
  const timeZone = takeTimeZone(words) ?? defaults.timeZone;
  const scheduleLength = scheduleTail(words);
  const topicWords = words.slice(0, words.length - scheduleLength);
  const loneTime = topicWords.find((word) => /^\d{1,2}:\d{2}$/.test(word));
  if (loneTime !== undefined) {
    throw new ScheduleError(`"${loneTime}" looks like a time: say when with daily ${loneTime} or weekdays ${loneTime}. Usage: ${USAGE}.`);
  }
  if (topicWords.length === 0) throw new ScheduleError(`Say what the digest is about. Usage: ${USAGE}.`);
  const scheduleText = scheduleLength > 0 ? words.slice(-scheduleLength).join(" ") : defaults.schedule;
  return { topic: topicWords.join(" "), schedule: parseSchedule(scheduleText), timeZone };
}

/**
 * Removes and returns a trailing time zone; throws for a trailing word that is a mistyped one. Zone names
 * without a "/" other than UTC and GMT ("Iran", "Japan", "Cuba" are legacy zone names) count only after a
 * schedule, so "/digest subscribe news about Iran" keeps its topic.
 */
function takeTimeZone(words: string[]): string | undefined {
  const last = words.at(-1);
  if (last === undefined || words.length < 2) return undefined;
  const afterSchedule = scheduleTail(words.slice(0, -1)) > 0 && scheduleTail(words) === 0;
  const zone = canonicalTimeZone(last);
  if (zone !== undefined && (last.includes("/") || /^(utc|gmt)$/i.test(last) || afterSchedule)) {
    words.pop();
    return zone;
  }
  const region = last.split("/")[0]?.toLowerCase() ?? "";
  // "Europe/Berln", or "… daily 08:00 Berlin" (after a schedule only a time zone may follow).
  if ((last.includes("/") && regions().has(region)) || afterSchedule) throw new ScheduleError(unknownTimeZoneMessage(last));
  return undefined;
}

/**
 * How many words at the end are a schedule (0: none). A tail that starts like a schedule but is wrong
 * ("daily 25:00", "every 5 hours") counts, so that parseSchedule reports the mistake instead of the words
 * silently joining the topic; "daily mail" stays a topic because no time follows.
 */
function scheduleTail(words: string[]): number {
  const n = words.length;
  const word = (fromEnd: number): string => words[n - fromEnd]?.toLowerCase() ?? "";
  const isTimeAttempt = (value: string): boolean => /\d/.test(value);
  if (n >= 6 && words.slice(-5).every((w, i) => (i < 2 ? CRON_TIME_FIELD : CRON_DAY_FIELD).test(w)) && CRON_TIME_FIELD.test(word(6)) && /\d|\*/.test(word(6))) {
    return 6; // a cron with a seconds field: parseSchedule explains why not
  }
  if (n >= 5 && words.slice(-5).every((w, i) => (i < 2 ? CRON_TIME_FIELD : CRON_DAY_FIELD).test(w))) return 5;
  if (n >= 3 && (word(3) === "daily" || word(3) === "weekdays") && word(2) === "at" && isTimeAttempt(word(1))) return 3;
  if (n >= 3 && word(3) === "every" && /^hours?$/.test(word(1))) return 3;
  if (n >= 2 && (word(2) === "daily" || word(2) === "weekdays") && isTimeAttempt(word(1))) return 2;
  if (n >= 2 && word(2) === "every" && word(1) === "hour") return 2;
  if (n >= 1 && word(1) === "hourly") return 1;
  return 0;
}

let regionNames: Set<string> | undefined;

/** "europe", "america", … : the first parts of zone names, to tell a mistyped zone from a topic word like "AC/DC". */
function regions(): Set<string> {
  regionNames ??= new Set([...knownTimeZones().keys()].map((name) => name.split("/")[0] ?? "").concat("us", "etc"));
  return regionNames;
}
