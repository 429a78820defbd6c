import { describe, expect, it } from "vitest";
import { ScheduleError } from "../../../src/digests/schedule/parse-schedule.js";
import { parseSubscribeArgs } from "../../../src/digests/schedule/subscribe-args.js";

const defaults = { schedule: "daily 08:00", timeZone: "UTC" };

function parsed(text: string): { topic: string; schedule: string; timeZone: string } {
  const args = parseSubscribeArgs(text, defaults);
  return { topic: args.topic, schedule: args.schedule.spec, timeZone: args.timeZone };
}

describe("parseSubscribeArgs", () => {
  it.each([
    ["afghanistan", { topic: "afghanistan", schedule: "daily 08:00", timeZone: "UTC" }],
    ["afghanistan daily 07:15", { topic: "afghanistan", schedule: "daily 07:15", timeZone: "UTC" }],
    ["taliban talks weekdays 7:30 europe/berlin", { topic: "taliban talks", schedule: "weekdays 07:30", timeZone: "Europe/Berlin" }],
    ["afghanistan daily at 06:00 America/New_York", { topic: "afghanistan", schedule: "daily 06:00", timeZone: "America/New_York" }],
    ["climate hourly", { topic: "climate", schedule: "hourly", timeZone: "UTC" }],
    ["climate every 6 hours Asia/Tokyo", { topic: "climate", schedule: "every 6 hours", timeZone: "Asia/Tokyo" }],
    ["climate every hour", { topic: "climate", schedule: "hourly", timeZone: "UTC" }],
    ["us election 0 9 * * mon Europe/London", { topic: "us election", schedule: "0 9 * * mon", timeZone: "Europe/London" }],
    ["markets */30 9-17 * * 1-5", { topic: "markets", schedule: "*/30 9-17 * * 1-5", timeZone: "UTC" }],
    ["afghanistan Europe/Berlin", { topic: "afghanistan", schedule: "daily 08:00", timeZone: "Europe/Berlin" }],
    ["afghanistan utc", { topic: "afghanistan", schedule: "daily 08:00", timeZone: "UTC" }],
    ["the daily mail", { topic: "the daily mail", schedule: "daily 08:00", timeZone: "UTC" }],
    ["daily mail daily 09:00", { topic: "daily mail", schedule: "daily 09:00", timeZone: "UTC" }],
    ["news about iran", { topic: "news about iran", schedule: "daily 08:00", timeZone: "UTC" }],
    ["ac/dc tour", { topic: "ac/dc tour", schedule: "daily 08:00", timeZone: "UTC" }],
    ["news on ac/dc", { topic: "news on ac/dc", schedule: "daily 08:00", timeZone: "UTC" }],
    ["tokyo hourly Japan", { topic: "tokyo", schedule: "hourly", timeZone: "Japan" }],
  ])("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it("uses the defaults it is given", () => {
    const args = parseSubscribeArgs("afghanistan", { schedule: "weekdays 06:45", timeZone: "Europe/Paris" });
    expect(args.schedule.label).toBe("weekdays at 06:45");
    expect(args.timeZone).toBe("Europe/Paris");
    expect(parseSubscribeArgs("afghanistan").schedule.spec).toBe("daily 08:00");
  });

  it.each([
    ["", /Say what the digest is about.*\/digest subscribe <topic>/],
    ["daily 08:00", /Say what the digest is about/],
    ["weekdays 07:30 Europe/Berlin", /Say what the digest is about/],
    ["afghanistan daily 25:00", /"25:00" is not a time of day/],
    ["afghanistan weekdays 7", /"7" is not a time of day/],
    ["afghanistan every 5 hours", /Every 5 hours does not divide the day/],
    ["afghanistan 08:00", /"08:00" looks like a time: say when with daily 08:00/],
    ["afghanistan daily 08:00 Europe/Berln", /"Europe\/Berln" is not a time zone I know\. Did you mean Europe\/Berlin/],
    ["afghanistan daily 08:00 Berlin", /"Berlin" is not a time zone I know\. Did you mean Europe\/Berlin\?/],
    ["afghanistan America/Nwe_York", /Did you mean America\/New_York/],
    ["afghanistan 0 0 9 * * *", /seconds field is not supported/],
    ["afghanistan 61 9 * * *", /"61" is not a valid minute/],
  ])("refuses %j", (text, message) => {
    expect(() => parseSubscribeArgs(text, defaults)).toThrow(ScheduleError);
    expect(() => parseSubscribeArgs(text, defaults)).toThrow(message);
  });
});
