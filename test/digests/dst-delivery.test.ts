import { afterEach, describe, expect, it } from "vitest";
import { subscription } from "./digest-store-contract.js";
import { digestRig, type DigestRig } from "./support/digest-rig.js";

const MINUTE = 60_000;
let rig: DigestRig;
afterEach(async () => rig?.close());

/** Ticks once a minute from `from` to `to` on the test clock, as node-cron would, and returns when posts arrived. */
async function tickEveryMinute(from: string, to: string): Promise<Array<{ channel: string; at: string; key: string }>> {
  const end = Date.parse(to);
  for (let t = rig.clock.set(from).getTime(); t <= end; t = rig.clock.advance(MINUTE).getTime()) await rig.runner.tick(rig.clock.now());
  return rig.adapter.posts.map((p) => ({ channel: p.channel, at: p.at.toISOString(), key: p.deliveryKey ?? "" }));
}

describe("digests across daylight-saving changes, two time zones, a minute tick", () => {
  it("spring forward: a time inside the gap fires once, at the end of the gap; nothing is skipped", async () => {
    rig = digestRig("2026-03-06T00:00:00Z");
    await rig.store.putSubscription(subscription({ id: "ber", channel: "slack:T1:BER", schedule: "daily 02:30", timeZone: "Europe/Berlin", postWhenEmpty: true, createdAt: "2026-01-01T00:00:00Z" }));
    await rig.store.putSubscription(subscription({ id: "nyc", channel: "slack:T1:NYC", schedule: "weekdays 02:15", timeZone: "America/New_York", postWhenEmpty: true, createdAt: "2026-01-01T00:00:00Z" }));
    const posts = await tickEveryMinute("2026-03-06T00:00:00Z", "2026-03-10T00:00:00Z");
    expect(posts.filter((p) => p.channel === "slack:T1:NYC").map((p) => p.at)).toEqual([
      "2026-03-06T07:15:00.000Z", // Friday, EST (UTC-5)
      // Saturday and Sunday: weekdays only. Monday 9 March is EDT (UTC-4).
      "2026-03-09T06:15:00.000Z",
    ]);
    rig.adapter.posts.length = 0;
    const berlin = await tickEveryMinute("2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z");
    expect(berlin.filter((p) => p.channel === "slack:T1:BER")).toEqual([
      { channel: "slack:T1:BER", at: "2026-03-28T01:30:00.000Z", key: "ber@2026-03-28T02:30@Europe/Berlin" },
      // 29 March: 02:00-03:00 does not exist; 02:30 fires at 03:00 CEST (01:00 UTC), once.
      { channel: "slack:T1:BER", at: "2026-03-29T01:00:00.000Z", key: "ber@2026-03-29T02:30@Europe/Berlin" },
      { channel: "slack:T1:BER", at: "2026-03-30T00:30:00.000Z", key: "ber@2026-03-30T02:30@Europe/Berlin" },
    ]);
  });

  it("fall back: a time that happens twice fires once, at its first occurrence", async () => {
    rig = digestRig("2026-10-30T00:00:00Z");
    await rig.store.putSubscription(subscription({ id: "nyc", channel: "slack:T1:NYC", schedule: "daily 01:30", timeZone: "America/New_York", postWhenEmpty: true, createdAt: "2026-01-01T00:00:00Z" }));
    await rig.store.putSubscription(subscription({ id: "ber", channel: "slack:T1:BER", schedule: "daily 02:30", timeZone: "Europe/Berlin", postWhenEmpty: true, createdAt: "2026-01-01T00:00:00Z" }));
    const posts = await tickEveryMinute("2026-10-24T00:00:00Z", "2026-11-03T00:00:00Z");
    const at = (channel: string) => posts.filter((p) => p.channel === channel).map((p) => p.at);
    expect(at("slack:T1:BER").filter((t) => t >= "2026-10-24" && t < "2026-10-27")).toEqual([
      "2026-10-24T00:30:00.000Z", // CEST
      "2026-10-25T00:30:00.000Z", // the first of the two 02:30s
      "2026-10-26T01:30:00.000Z", // CET
    ]);
    expect(at("slack:T1:NYC").filter((t) => t >= "2026-10-31" && t < "2026-11-03")).toEqual([
      "2026-10-31T05:30:00.000Z", // EDT
      "2026-11-01T05:30:00.000Z", // the first of the two 01:30s
      "2026-11-02T06:30:00.000Z", // EST
    ]);
    // Every post has its own key: no occurrence twice.
    expect(new Set(posts.map((p) => p.key)).size).toBe(posts.length);
  });
});
