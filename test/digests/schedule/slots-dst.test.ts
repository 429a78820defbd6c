import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../../src/digests/schedule/parse-schedule.js";
import { latestSlot, nextSlot } from "../../../src/digests/schedule/slots.js";
import { HOUR, show, slotsBetween } from "./slot-helpers.js";

// Europe/Berlin: 2026-03-29 01:00Z 02:00 CET -> 03:00 CEST; 2026-10-25 01:00Z 03:00 CEST -> 02:00 CET.
// America/New_York: 2026-03-08 07:00Z 02:00 EST -> 03:00 EDT; 2026-11-01 06:00Z 02:00 EDT -> 01:00 EST.

describe("daily at a time the spring-forward gap skips", () => {
  it("fires once, at the first instant after the gap, keyed by the intended wall time (Berlin)", () => {
    expect(show(slotsBetween("daily 02:30", "Europe/Berlin", "2026-03-28T00:00Z", "2026-03-31T00:00Z"))).toEqual([
      "2026-03-28T01:30Z 2026-03-28T02:30@Europe/Berlin",
      "2026-03-29T01:00Z 2026-03-29T02:30@Europe/Berlin",
      "2026-03-30T00:30Z 2026-03-30T02:30@Europe/Berlin",
    ]);
  });

  it("fires once, at 03:00 EDT (New York)", () => {
    expect(show(slotsBetween("daily 02:30", "America/New_York", "2026-03-07T00:00Z", "2026-03-10T00:00Z"))).toEqual([
      "2026-03-07T07:30Z 2026-03-07T02:30@America/New_York",
      "2026-03-08T07:00Z 2026-03-08T02:30@America/New_York",
      "2026-03-09T06:30Z 2026-03-09T02:30@America/New_York",
    ]);
  });

  it("is due (latestSlot) from the first instant after the gap, not before", () => {
    const schedule = parseSchedule("daily 02:30");
    expect(latestSlot(schedule, "Europe/Berlin", new Date("2026-03-29T00:59:59Z"))?.key).toBe("2026-03-28T02:30@Europe/Berlin");
    expect(latestSlot(schedule, "Europe/Berlin", new Date("2026-03-29T01:00:00Z"))?.key).toBe("2026-03-29T02:30@Europe/Berlin");
  });
});

describe("daily at a time the fall-back repeats", () => {
  it("fires once, at the first occurrence (Berlin 02:30 CEST)", () => {
    expect(show(slotsBetween("daily 02:30", "Europe/Berlin", "2026-10-24T00:00Z", "2026-10-27T00:00Z"))).toEqual([
      "2026-10-24T00:30Z 2026-10-24T02:30@Europe/Berlin",
      "2026-10-25T00:30Z 2026-10-25T02:30@Europe/Berlin",
      "2026-10-26T01:30Z 2026-10-26T02:30@Europe/Berlin",
    ]);
  });

  it("fires once, at the first occurrence (New York 01:30 EDT)", () => {
    expect(show(slotsBetween("daily 01:30", "America/New_York", "2026-10-31T00:00Z", "2026-11-03T00:00Z"))).toEqual([
      "2026-10-31T05:30Z 2026-10-31T01:30@America/New_York",
      "2026-11-01T05:30Z 2026-11-01T01:30@America/New_York",
      "2026-11-02T06:30Z 2026-11-02T01:30@America/New_York",
    ]);
  });

  it("gives a process that looks during the second occurrence the same slot and key, so it is never delivered twice", () => {
    const schedule = parseSchedule("daily 02:30");
    const first = latestSlot(schedule, "Europe/Berlin", new Date("2026-10-25T00:30:00Z"));
    const duringSecond = latestSlot(schedule, "Europe/Berlin", new Date("2026-10-25T01:30:00Z"));
    expect(duringSecond).toEqual(first);
    expect(latestSlot(schedule, "Europe/Berlin", new Date("2026-10-25T01:30:00Z"), first?.at)).toBeUndefined();
    expect(nextSlot(schedule, "Europe/Berlin", new Date("2026-10-25T00:30:00Z"))?.key).toBe("2026-10-26T02:30@Europe/Berlin");
  });
});

describe("weekdays across the change", () => {
  it("skips the weekend (both change days are Sundays) and keeps 07:30 local on either side", () => {
    expect(show(slotsBetween("weekdays 07:30", "Europe/Berlin", "2026-03-27T00:00Z", "2026-03-31T00:00Z"))).toEqual([
      "2026-03-27T06:30Z 2026-03-27T07:30@Europe/Berlin",
      "2026-03-30T05:30Z 2026-03-30T07:30@Europe/Berlin",
    ]);
    expect(show(slotsBetween("weekdays 07:30", "America/New_York", "2026-10-30T00:00Z", "2026-11-03T00:00Z"))).toEqual([
      "2026-10-30T11:30Z 2026-10-30T07:30@America/New_York",
      "2026-11-02T12:30Z 2026-11-02T07:30@America/New_York",
    ]);
  });
});

const changeDays = [
  { zone: "Europe/Berlin", day: "2026-03-29", from: "2026-03-28T23:00Z", to: "2026-03-29T22:00Z", hours: 23 },
  { zone: "Europe/Berlin", day: "2026-10-25", from: "2026-10-24T22:00Z", to: "2026-10-25T23:00Z", hours: 25 },
  { zone: "America/New_York", day: "2026-03-08", from: "2026-03-08T05:00Z", to: "2026-03-09T04:00Z", hours: 23 },
  { zone: "America/New_York", day: "2026-11-01", from: "2026-11-01T04:00Z", to: "2026-11-02T05:00Z", hours: 25 },
];

/** A millisecond before: slotsBetween takes (from, to], the local day is [from, to). */
function earlier(iso: string): string {
  return new Date(new Date(iso).getTime() - 1).toISOString();
}

describe.each(changeDays)("hourly on $day in $zone", ({ zone, day, from, to, hours }) => {
  const slots = slotsBetween("hourly", zone, earlier(from), earlier(to));

  it(`fires once per real hour: ${hours} slots, exactly an hour apart`, () => {
    expect(slots).toHaveLength(hours);
    expect(slots[0]?.at.toISOString()).toBe(new Date(from).toISOString());
    slots.slice(1).forEach((slot, i) => expect(slot.at.getTime() - (slots[i]?.at.getTime() ?? 0)).toBe(HOUR));
  });

  it("has unique keys, all on that local day, the repeated hour marked #2", () => {
    const keys = slots.map((slot) => slot.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => key.startsWith(`${day}T`))).toBe(true);
    expect(keys.filter((key) => key.includes("#2"))).toHaveLength(hours === 25 ? 1 : 0);
  });
});

describe("every N hours on the change days (wall clock, aligned to midnight)", () => {
  it("fires 4 times a day for every 6 hours, at 00, 06, 12, 18 local", () => {
    for (const { zone, day, from, to } of changeDays) {
      const slots = slotsBetween("every 6 hours", zone, earlier(from), earlier(to));
      expect(slots.map((slot) => slot.key)).toEqual(["00:00", "06:00", "12:00", "18:00"].map((time) => `${day}T${time}@${zone}`));
    }
  });

  it("fires 12 times a day for every 2 hours; the 02:00 the gap skips fires at 03:00 EDT", () => {
    const spring = slotsBetween("every 2 hours", "America/New_York", "2026-03-08T04:59Z", "2026-03-09T03:59Z");
    expect(spring).toHaveLength(12);
    expect(show(spring.slice(0, 3))).toEqual([
      "2026-03-08T05:00Z 2026-03-08T00:00@America/New_York",
      "2026-03-08T07:00Z 2026-03-08T02:00@America/New_York",
      "2026-03-08T08:00Z 2026-03-08T04:00@America/New_York",
    ]);
    const autumn = slotsBetween("every 2 hours", "Europe/Berlin", "2026-10-24T21:59Z", "2026-10-25T22:59Z");
    expect(autumn).toHaveLength(12);
    expect(show(autumn.slice(0, 3))).toEqual([
      "2026-10-24T22:00Z 2026-10-25T00:00@Europe/Berlin",
      "2026-10-25T00:00Z 2026-10-25T02:00@Europe/Berlin",
      "2026-10-25T03:00Z 2026-10-25T04:00@Europe/Berlin",
    ]);
  });
});

describe("wall times that land on one instant", () => {
  it("are one slot, named by the latest wall time", () => {
    expect(show(slotsBetween("0 2,3 * * *", "Europe/Berlin", "2026-03-29T00:00Z", "2026-03-29T12:00Z"))).toEqual([
      "2026-03-29T01:00Z 2026-03-29T03:00@Europe/Berlin",
    ]);
    expect(show(slotsBetween("0,30 1-3 * * *", "Europe/Berlin", "2026-03-28T23:59Z", "2026-03-29T12:00Z"))).toEqual([
      "2026-03-29T00:00Z 2026-03-29T01:00@Europe/Berlin",
      "2026-03-29T00:30Z 2026-03-29T01:30@Europe/Berlin",
      "2026-03-29T01:00Z 2026-03-29T03:00@Europe/Berlin",
      "2026-03-29T01:30Z 2026-03-29T03:30@Europe/Berlin",
    ]);
  });

  it("for every-hour schedules, skips the gap's times and repeats the fall-back's, per real quarter hour", () => {
    const spring = slotsBetween("*/15 * * * *", "Europe/Berlin", "2026-03-29T00:00Z", "2026-03-29T02:00Z");
    expect(spring.map((slot) => slot.at.getTime() - new Date("2026-03-29T00:00Z").getTime())).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((q) => (q * HOUR) / 4));
    const autumn = slotsBetween("*/15 * * * *", "Europe/Berlin", "2026-10-24T23:59Z", "2026-10-25T02:00Z");
    expect(autumn).toHaveLength(9);
    expect(new Set(autumn.map((slot) => slot.key)).size).toBe(9);
  });
});

describe("zones with unusual changes", () => {
  it("Santiago: a gap at midnight, and a repeated 23:00 hour the evening before the change", () => {
    expect(show(slotsBetween("daily 00:30", "America/Santiago", "2026-09-05T12:00Z", "2026-09-07T00:00Z"))).toEqual([
      "2026-09-06T04:00Z 2026-09-06T00:30@America/Santiago",
    ]);
    expect(show(slotsBetween("hourly", "America/Santiago", "2026-04-05T01:00Z", "2026-04-05T04:00Z"))).toEqual([
      "2026-04-05T02:00Z 2026-04-04T23:00@America/Santiago",
      "2026-04-05T03:00Z 2026-04-04T23:00#2@America/Santiago",
      "2026-04-05T04:00Z 2026-04-05T00:00@America/Santiago",
    ]);
  });

  it("Lord Howe: a half-hour gap", () => {
    expect(show(slotsBetween("daily 02:15", "Australia/Lord_Howe", "2026-10-03T00:00Z", "2026-10-04T00:00Z"))).toEqual([
      "2026-10-03T15:30Z 2026-10-04T02:15@Australia/Lord_Howe",
    ]);
  });

  it("Apia: the skipped 30 December 2011 fires once, when the day it was skipped to begins", () => {
    expect(show(slotsBetween("daily 09:00", "Pacific/Apia", "2011-12-29T00:00Z", "2011-12-31T00:00Z"))).toEqual([
      "2011-12-29T19:00Z 2011-12-29T09:00@Pacific/Apia",
      "2011-12-30T10:00Z 2011-12-30T09:00@Pacific/Apia",
      "2011-12-30T19:00Z 2011-12-31T09:00@Pacific/Apia",
    ]);
  });
});
