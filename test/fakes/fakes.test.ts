// The fakes' own limiters and fault injection, on a clock the test moves: the lead's digest tests and the
// benchmark rely on them behaving like the platforms.
import { describe, expect, it } from "vitest";
import { Chaos } from "./chaos.js";
import { FixedWindow, TokenBucket } from "./rate-limit.js";

describe("TokenBucket (Slack's ~1 message a second per channel, bursts tolerated)", () => {
  it("allows a burst, then one a second, per key", () => {
    let now = 0;
    const bucket = new TokenBucket(1, 3, () => now);
    expect([bucket.take("C1"), bucket.take("C1"), bucket.take("C1")]).toEqual([0, 0, 0]);
    expect(bucket.take("C1")).toBeCloseTo(1);
    expect(bucket.take("C2")).toBe(0); // another channel has its own bucket
    now += 500;
    expect(bucket.take("C1")).toBeCloseTo(0.5);
    now += 500;
    expect(bucket.take("C1")).toBe(0);
  });
});

describe("FixedWindow (Discord's 5 messages per 5 s per channel)", () => {
  it("counts down remaining, refuses past the limit, and reports the reset like X-RateLimit-*", () => {
    let now = 10_000;
    const window = new FixedWindow(5, 5_000, () => now);
    const states = Array.from({ length: 6 }, () => window.hit("600"));
    expect(states.map((s) => [s.allowed, s.remaining])).toEqual([
      [true, 4],
      [true, 3],
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    now += 2_000;
    expect(window.hit("600")).toMatchObject({ allowed: false, resetAfter: 3, reset: 15 });
    now += 3_000;
    expect(window.hit("600")).toMatchObject({ allowed: true, remaining: 4 });
  });
});

describe("Chaos", () => {
  it("injects the same faults for the same seed, at about the asked rates", () => {
    const options = { seed: 7, rate429: 0.1, rate500: 0.1, rate500AfterCommit: 0.1 };
    const run = () => {
      const chaos = new Chaos(options);
      return Array.from({ length: 2_000 }, () => chaos.next());
    };
    const faults = run();
    expect(run()).toEqual(faults);
    for (const fault of ["429", "500", "500-after-commit"] as const) {
      const share = faults.filter((f) => f === fault).length / faults.length;
      expect(share).toBeGreaterThan(0.07);
      expect(share).toBeLessThan(0.13);
    }
    expect(new Chaos({ seed: 1 }).next()).toBeUndefined();
  });
});
