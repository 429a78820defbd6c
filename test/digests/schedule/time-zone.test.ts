import { describe, expect, it } from "vitest";
import { canonicalTimeZone, isTimeZone, suggestTimeZones } from "../../../src/digests/schedule/time-zone.js";
import { fromWallTime, toWallTime } from "../../../src/digests/schedule/wall-time.js";

describe("time zone names", () => {
  it("accepts IANA names in any letter case and returns the stored spelling", () => {
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone(" AMERICA/NEW_YORK ")).toBe("America/New_York");
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata"); // not ICU's older Asia/Calcutta
  });

  it("refuses what is not a zone name, including UTC offsets", () => {
    for (const name of ["Berlin", "Europe/Berln", "+01:00", "GMT+1", "", "../etc/passwd", "Mars/Olympus"]) {
      expect(isTimeZone(name), name).toBe(false);
    }
    expect(isTimeZone("Etc/GMT+5")).toBe(true);
  });

  it("suggests close names for a mistyped one", () => {
    expect(suggestTimeZones("Berlin")).toEqual(["Europe/Berlin"]);
    expect(suggestTimeZones("Europe/Berln")[0]).toBe("Europe/Berlin");
    expect(suggestTimeZones("new york")).toEqual(["America/New_York"]);
    expect(suggestTimeZones("qqqqqqqqqq")).toEqual([]);
  });
});

describe("wall time conversions", () => {
  it("reads an instant's local wall time", () => {
    expect(toWallTime(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 });
    expect(toWallTime(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toEqual({ year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 });
    expect(toWallTime(new Date("2026-11-01T05:30:00Z"), "America/New_York")).toMatchObject({ day: 1, hour: 1, minute: 30 });
    expect(toWallTime(new Date("2026-11-01T06:30:00Z"), "America/New_York")).toMatchObject({ day: 1, hour: 1, minute: 30 });
  });

  it("names the instant of a wall time: exact, in a gap (first instant after it), or repeated (both)", () => {
    expect(fromWallTime({ year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, "Europe/Berlin")).toEqual({ kind: "exact", at: new Date("2026-07-01T10:00Z") });
    expect(fromWallTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, "Europe/Berlin")).toEqual({ kind: "gap", at: new Date("2026-03-29T01:00Z") });
    expect(fromWallTime({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Berlin")).toEqual({
      kind: "repeated",
      at: new Date("2026-10-25T00:30Z"),
      repeatAt: new Date("2026-10-25T01:30Z"),
    });
    expect(fromWallTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 0 }, "America/New_York")).toEqual({ kind: "gap", at: new Date("2026-03-08T07:00Z") });
    expect(fromWallTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 0 }, "America/New_York").repeatAt).toEqual(new Date("2026-11-01T06:00Z"));
  });

  it("handles half-hour zones and a zone that skipped a whole day", () => {
    expect(fromWallTime({ year: 2026, month: 10, day: 4, hour: 2, minute: 15 }, "Australia/Lord_Howe")).toEqual({ kind: "gap", at: new Date("2026-10-03T15:30Z") });
    expect(fromWallTime({ year: 2011, month: 12, day: 30, hour: 9, minute: 0 }, "Pacific/Apia")).toEqual({ kind: "gap", at: new Date("2011-12-30T10:00Z") });
  });
});
