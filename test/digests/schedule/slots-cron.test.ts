import { createTask } from "node-cron";
import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../../src/digests/schedule/parse-schedule.js";
import { latestSlot, nextSlot } from "../../../src/digests/schedule/slots.js";
import { HOUR, show, slotsBetween } from "./slot-helpers.js";

describe("cron patterns mean what they mean to node-cron", () => {
  const patterns = ["0 9 * * 1", "15,45 8-10 * * mon-fri", "0 9 13 * 5", "0 9 1 * 1", "30 6 L * *", "0 12 15W * *", "0 7 * * 1#2", "0 18 * * 5L", "0 0 L-2 * *", "0 9 * * 7", "0 22-2 * * *", "0 6 1-7 * 0"];

  it.each(patterns)("%s: every quarter hour of Oct 2028 (UTC) and May 15-Jun 14 2026 (Berlin, no DST change) agrees with node-cron's matcher", (pattern) => {
    let matches = 0;
    for (const [zone, from, days] of [["UTC", "2028-10-01T00:00Z", 31], ["Europe/Berlin", "2026-05-15T00:00Z", 31]] as const) {
      const task = createTask(pattern, () => undefined, { timezone: zone });
      const expected: string[] = [];
      const start = new Date(from).getTime();
      for (let at = start + 15 * 60_000; at <= start + days * 24 * HOUR; at += 15 * 60_000) {
        if (task.match(new Date(at))) expected.push(new Date(at).toISOString());
      }
      void task.destroy();
      const ours = slotsBetween(pattern, zone, from, new Date(start + days * 24 * HOUR).toISOString());
      expect(ours.map((slot) => slot.at.toISOString())).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThan(0);
  });

  it("needs both the day of month and the day of week when both are restricted (node-cron's rule, not Vixie's)", () => {
    expect(show(slotsBetween("0 9 13 * 5", "UTC", "2026-01-01T00:00Z", "2026-12-31T00:00Z"))).toEqual([
      "2026-02-13T09:00Z 2026-02-13T09:00@UTC",
      "2026-03-13T09:00Z 2026-03-13T09:00@UTC",
      "2026-11-13T09:00Z 2026-11-13T09:00@UTC",
    ]);
  });

  it("finds leap days years apart, and a leap day that is a Monday decades apart", () => {
    expect(show(slotsBetween("0 12 29 2 *", "Europe/Berlin", "2026-03-01T00:00Z", "2033-01-01T00:00Z"))).toEqual([
      "2028-02-29T11:00Z 2028-02-29T12:00@Europe/Berlin",
      "2032-02-29T11:00Z 2032-02-29T12:00@Europe/Berlin",
    ]);
    const monday = nextSlot(parseSchedule("0 0 29 2 1"), "UTC", new Date("2026-01-01T00:00Z"));
    expect(monday?.key).toBe("2044-02-29T00:00@UTC");
    expect(monday?.at.getUTCDay()).toBe(1);
    expect(latestSlot(parseSchedule("0 12 29 2 *"), "UTC", new Date("2027-06-01T00:00Z"))?.key).toBe("2024-02-29T12:00@UTC");
  });

  it("returns undefined for a pattern that never happens (parseSchedule refuses one; a hand-made schedule can hold it)", () => {
    expect(nextSlot({ cron: "0 0 L-30 2 *" }, "UTC", new Date("2026-01-01T00:00Z"))).toBeUndefined();
    expect(latestSlot({ cron: "0 0 L-30 2 *" }, "UTC", new Date("2026-01-01T00:00Z"))).toBeUndefined();
  });
});

describe("latestSlot", () => {
  const daily = parseSchedule("daily 08:00");

  it("is the most recent slot at or before now", () => {
    expect(latestSlot(daily, "UTC", new Date("2026-05-10T08:00:00Z"))?.key).toBe("2026-05-10T08:00@UTC");
    expect(latestSlot(daily, "UTC", new Date("2026-05-10T07:59:59Z"))?.key).toBe("2026-05-09T08:00@UTC");
  });

  it("with after: only a slot strictly after it, else undefined (nothing missed)", () => {
    const now = new Date("2026-05-10T12:00Z");
    expect(latestSlot(daily, "UTC", now, new Date("2026-05-07T00:00Z"))?.key).toBe("2026-05-10T08:00@UTC");
    expect(latestSlot(daily, "UTC", now, new Date("2026-05-10T07:59Z"))?.key).toBe("2026-05-10T08:00@UTC");
    expect(latestSlot(daily, "UTC", now, new Date("2026-05-10T08:00Z"))).toBeUndefined();
    expect(latestSlot(daily, "UTC", now, now)).toBeUndefined();
    expect(latestSlot(parseSchedule("0 0 1 1 *"), "UTC", now, new Date("2026-05-01T00:00Z"))).toBeUndefined();
  });

  it("agrees with nextSlot at every instant around all four change days, for every kind of schedule", () => {
    const windows = [
      ["Europe/Berlin", "2026-03-28T12:00Z", "2026-03-30T12:00Z"],
      ["Europe/Berlin", "2026-10-24T12:00Z", "2026-10-26T12:00Z"],
      ["America/New_York", "2026-03-07T12:00Z", "2026-03-09T12:00Z"],
      ["America/New_York", "2026-10-31T12:00Z", "2026-11-02T12:00Z"],
    ] as const;
    for (const spec of ["daily 02:30", "daily 01:30", "hourly", "every 2 hours", "*/20 * * * *", "0,30 1-3 * * *", "weekdays 07:30"]) {
      const schedule = parseSchedule(spec);
      for (const [zone, from, to] of windows) {
        const slots = slotsBetween(spec, zone, from, to);
        expect(new Set(slots.map((slot) => slot.key)).size).toBe(slots.length);
        for (let t = new Date(from).getTime() + HOUR; t < new Date(to).getTime() - HOUR; t += 11 * 60_000) {
          const now = new Date(t);
          const expected = slots.findLast((slot) => slot.at <= now);
          if (expected !== undefined) expect(latestSlot(schedule, zone, now)).toEqual(expected);
          const following = slots.find((slot) => slot.at > now);
          if (following !== undefined) expect(nextSlot(schedule, zone, now)).toEqual(following);
        }
      }
    }
  });
});
