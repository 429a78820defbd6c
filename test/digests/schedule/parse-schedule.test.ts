import { describe, expect, it } from "vitest";
import { parseSchedule, ScheduleError } from "../../../src/digests/schedule/parse-schedule.js";

describe("parseSchedule", () => {
  it.each([
    ["daily 08:00", { spec: "daily 08:00", cron: "0 8 * * *", label: "daily at 08:00" }],
    ["Daily at 8:05", { spec: "daily 08:05", cron: "5 8 * * *", label: "daily at 08:05" }],
    ["weekdays 07:30", { spec: "weekdays 07:30", cron: "30 7 * * 1-5", label: "weekdays at 07:30" }],
    ["hourly", { spec: "hourly", cron: "0 * * * *", label: "hourly" }],
    ["every hour", { spec: "hourly", cron: "0 * * * *", label: "hourly" }],
    ["every 1 hour", { spec: "hourly", cron: "0 * * * *", label: "hourly" }],
    ["every 6 hours", { spec: "every 6 hours", cron: "0 */6 * * *", label: "every 6 hours" }],
    ["Every 12 Hours", { spec: "every 12 hours", cron: "0 */12 * * *", label: "every 12 hours" }],
    ["every 24 hours", { spec: "every 24 hours", cron: "0 0 * * *", label: "every 24 hours" }],
    ["  0 9  * * 1 ", { spec: "0 9 * * 1", cron: "0 9 * * 1", label: "cron 0 9 * * 1" }],
    ["*/15 9-17 * * mon-fri", { spec: "*/15 9-17 * * mon-fri", cron: "*/15 9-17 * * mon-fri", label: "cron */15 9-17 * * mon-fri" }],
    ["0 12 29 2 *", { spec: "0 12 29 2 *", cron: "0 12 29 2 *", label: "cron 0 12 29 2 *" }],
  ])("%s", (input, expected) => {
    expect(parseSchedule(input)).toEqual(expected);
    expect(parseSchedule(expected.spec)).toEqual(expected); // the stored spec parses to the same schedule
  });

  it.each([
    ["", /empty.*daily HH:MM, weekdays HH:MM/],
    ["daily", /"daily" needs a time: write it as HH:MM on the 24-hour clock/],
    ["daily 25:00", /"25:00" is not a time of day/],
    ["weekdays 12:60", /"12:60" is not a time of day/],
    ["daily 8", /"8" is not a time of day/],
    ["daily 8am", /"8am" is not a time of day/],
    ["every 5 hours", /Every 5 hours does not divide the day evenly.*1, 2, 3, 4, 6, 8, 12, 24/],
    ["every 0 hours", /needs N from 1 to 24/],
    ["every 48 hours", /needs N from 1 to 24/],
    ["every day", /"every day" is not a schedule I understand/],
    ["tomorrow morning", /"tomorrow morning" is not a schedule I understand.*hourly, every N hours/],
    ["@daily", /not a schedule I understand/],
    ["0 0 9 * * *", /6 fields: a seconds field is not supported, because digests run at most once a minute/],
    ["* * * *", /not a schedule I understand/],
    ["61 * * * *", /"61" is not a valid minute \(0-59\)/],
    ["0 24 * * *", /"24" is not a valid hour \(0-23\)/],
    ["0 9 * * 8", /"8" is not a valid day of week/],
    ["0 9 * 13 *", /"13" is not a valid month/],
    ["0 0 31 2 *", /day 31 never happens in the months given/],
    ["0 0 L-30 2 *", /never happens: no date matches/],
    ["a b c d e", /"a" is not a valid minute/],
  ])("refuses %j with a message a chat user understands", (input, message) => {
    expect(() => parseSchedule(input)).toThrow(ScheduleError);
    expect(() => parseSchedule(input)).toThrow(message);
  });
});
