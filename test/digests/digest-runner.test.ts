import { afterEach, describe, expect, it } from "vitest";
import { ChannelUnavailableError } from "../../src/chat/channel-unavailable.js";
import type { Reply } from "../../src/chat/reply.js";
import { newArticle } from "../library/fixtures/topic-articles.js";
import { subscription } from "./digest-store-contract.js";
import { digestRig, type DigestRig } from "./support/digest-rig.js";

const HOUR = 3_600_000;
let rig: DigestRig;
afterEach(async () => rig?.close());

// Distinct events (so the library does not cluster them into one story), all about Afghanistan.
const EVENTS = [
  ["airlift", "Evacuation flights resume from Kabul airport", "Transport aircraft carried 400 passengers to Doha overnight, crews at the runway said."],
  ["talks", "Peace negotiators meet in Doha over prisoner exchanges", "Delegations argued for hours about a list of detainees held in Bagram."],
  ["aid deliveries", "Food convoys reach Herat after weeks of delay", "Trucks loaded with wheat flour and cooking oil crossed mountain passes in snow."],
  ["border", "Traders stranded at the Torkham crossing", "Queues of lorries stretched twelve kilometres while customs officers checked papers."],
  ["elections", "Provincial councils postpone local votes", "Registration offices in Mazar-i-Sharif closed because ballots never arrived."],
  ["airlift", "Second evacuation wave planned for stranded interpreters", "Former interpreters gathered at a hotel in Kandahar awaiting seats on charter planes."],
];

function afghanArticle(n: number, published: string) {
  const [theme, headline, detail] = EVENTS[n % EVENTS.length] as [string, string, string];
  return newArticle(
    `Wire ${n}`,
    `https://wire${n}.example/rss`,
    `Afghanistan: ${headline}`,
    [`KABUL — ${detail} The ${theme} dominated the day across Afghanistan.`, `“This matters for every family,” said Minister Example${n} on ${published.slice(0, 10)}.`],
    published,
    `https://wire${n}.example/story-${n}`,
  );
}

function items(reply: Reply): string[] {
  return reply.kind === "digest" ? reply.items.map((item) => item.headline) : [];
}

describe("DigestRunner", () => {
  it("delivers the due slot once, with the new stories on the topic, and never the same story twice", async () => {
    rig = digestRig("2026-11-30T06:00:00Z");
    await rig.store.putSubscription(subscription({ id: "s1", channel: "slack:T1:C1", schedule: "hourly", timeZone: "UTC" }));
    await rig.library.putArticles([afghanArticle(1, "2026-11-30T05:50:00Z"), afghanArticle(2, "2026-11-30T05:55:00Z")]);
    const report = await rig.runner.tick(rig.clock.set("2026-11-30T06:00:30Z"));
    expect(report).toMatchObject({ due: 1, delivered: 1 });
    expect(rig.adapter.posts).toHaveLength(1);
    expect(items(rig.adapter.posts[0]!.reply)).toHaveLength(2);
    expect(rig.adapter.posts[0]!.deliveryKey).toBe("s1@2026-11-30T06:00@UTC");

    // The same minute again, and the next: nothing more for this slot.
    expect((await rig.runner.tick(rig.clock.set("2026-11-30T06:00:50Z"))).due).toBe(0);
    expect((await rig.runner.tick(rig.clock.set("2026-11-30T06:30:00Z"))).due).toBe(0);

    // A new story and a story already sent (now also carried by another source) arrive before 07:00.
    await rig.library.putArticles([afghanArticle(3, "2026-11-30T06:40:00Z"), { ...afghanArticle(1, "2026-11-30T06:45:00Z"), sourceId: "https://other.example/rss", url: "https://other.example/talks" }]);
    await rig.runner.tick(rig.clock.set("2026-11-30T07:00:10Z"));
    expect(rig.adapter.posts).toHaveLength(2);
    expect(items(rig.adapter.posts[1]!.reply)).toEqual(["Afghanistan: Traders stranded at the Torkham crossing"]);

    // Nothing new at 08:00: the slot is settled without a post.
    const quiet = await rig.runner.tick(rig.clock.set("2026-11-30T08:00:10Z"));
    expect(quiet).toMatchObject({ due: 1, skipped: 1 });
    expect(rig.adapter.posts).toHaveLength(2);
  });

  it("applies include and exclude keywords and the story limit", async () => {
    rig = digestRig("2026-11-30T06:00:00Z");
    await rig.store.putSubscription(subscription({ id: "f1", channel: "slack:T1:C1", schedule: "hourly", timeZone: "UTC", include: ["airlift", "aid deliveries"], exclude: ["Example6"], maxStories: 5 }));
    await rig.library.putArticles([0, 1, 2, 3, 4, 5, 6].map((n) => afghanArticle(n, "2026-11-30T05:30:00Z")));
    await rig.runner.tick(rig.clock.set("2026-11-30T06:00:00Z"));
    // 0 and 5 are about the airlift, 2 about aid deliveries. 6 reports the same event as 0 (one story, two
    // sources) and names Example6, so that story is excluded: a keyword in any source's text counts.
    expect(items(rig.adapter.posts[0]!.reply).sort()).toEqual([
      "Afghanistan: Food convoys reach Herat after weeks of delay",
      "Afghanistan: Second evacuation wave planned for stranded interpreters",
    ]);
  });

  it("catches up once after downtime: the latest missed slot only, within the window", async () => {
    rig = digestRig("2026-11-30T06:00:00Z", { catchUpMs: 6 * HOUR });
    await rig.store.putSubscription(subscription({ id: "h1", channel: "slack:T1:C1", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    await rig.store.putSubscription(subscription({ id: "d1", channel: "slack:T1:C2", schedule: "daily 08:00", timeZone: "Europe/Berlin", postWhenEmpty: true }));
    await rig.runner.tick(rig.clock.set("2026-11-30T07:00:05Z"));
    // 08:00 in Berlin is 07:00 UTC: both are due.
    expect(rig.adapter.posts.map((p) => p.deliveryKey).sort()).toEqual(["d1@2026-11-30T08:00@Europe/Berlin", "h1@2026-11-30T07:00@UTC"]);
    const before = rig.adapter.posts.length;
    // Down from 07:01 until 12:34: one hourly digest (12:00), not five.
    await rig.runner.tick(rig.clock.set("2026-11-30T12:34:00Z"));
    const after = rig.adapter.posts.slice(before);
    expect(after.map((p) => p.deliveryKey)).toEqual(["h1@2026-11-30T12:00@UTC"]);
    // Down for two days: the daily slot missed yesterday is outside the window and not sent.
    rig.adapter.posts.length = 0;
    await rig.runner.tick(rig.clock.set("2026-12-02T06:59:00Z"));
    expect(rig.adapter.posts.map((p) => p.deliveryKey)).toEqual(["h1@2026-12-02T06:00@UTC"]);
  });

  it("does not send a digest for a slot before the subscription existed", async () => {
    rig = digestRig("2026-11-30T07:30:00Z");
    await rig.store.putSubscription(subscription({ id: "n1", schedule: "daily 08:00", timeZone: "UTC", postWhenEmpty: true, createdAt: "2026-11-30T08:30:00Z" }));
    await rig.runner.tick(rig.clock.set("2026-11-30T08:31:00Z"));
    expect(rig.adapter.posts).toHaveLength(0);
    await rig.runner.tick(rig.clock.set("2026-12-01T08:00:00Z"));
    expect(rig.adapter.posts).toHaveLength(1);
  });

  it("retries a server error and disables a subscription whose channel is gone, without blocking others", async () => {
    rig = digestRig("2026-11-30T06:00:00Z", { concurrency: 1 });
    await rig.store.putSubscription(subscription({ id: "a", channel: "slack:T1:GONE", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    await rig.store.putSubscription(subscription({ id: "b", channel: "slack:T1:C2", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    const gone = new ChannelUnavailableError("slack:T1:GONE", "channel_not_found");
    const original = rig.adapter.post.bind(rig.adapter);
    rig.adapter.post = async (channel, reply, options) => {
      if (channel === "slack:T1:GONE") throw gone;
      return original(channel, reply, options);
    };
    rig.adapter.failNext(new Error("HTTP 500"), new Error("HTTP 503"));
    const report = await rig.runner.tick(rig.clock.set("2026-11-30T07:00:00Z"));
    expect(report).toMatchObject({ due: 2, delivered: 1, disabled: 1 });
    expect(rig.adapter.postsTo("slack:T1:C2")).toHaveLength(1);
    const [a] = await rig.store.listSubscriptions();
    expect(a?.disabledReason).toContain("channel_not_found");
    expect(rig.logs.join("\n")).toContain("digest a disabled");
    // A disabled subscription is never run again.
    expect((await rig.runner.tick(rig.clock.set("2026-11-30T08:00:00Z"))).due).toBe(1);
  });

  it("releases a slot after repeated failures and delivers it on a later tick, once", async () => {
    rig = digestRig("2026-11-30T06:00:00Z", { attempts: 2 });
    await rig.store.putSubscription(subscription({ id: "r", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    rig.adapter.failNext(new Error("socket hang up"), new Error("socket hang up"));
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:00:00Z"))).toMatchObject({ released: 1 });
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:01:00Z"))).toMatchObject({ delivered: 1 });
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:02:00Z"))).toMatchObject({ due: 0 });
    expect(rig.adapter.posts).toHaveLength(1);
  });

  it("after a claimant died between post and record, finds the message instead of posting again", async () => {
    rig = digestRig("2026-11-30T06:00:00Z", { leaseMs: 60_000 });
    await rig.store.putSubscription(subscription({ id: "c", channel: "slack:T1:C1", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    const key = "c@2026-11-30T07:00@UTC";
    // Another process claimed the slot and its post landed, then it died before recording the delivery.
    await rig.store.claimSlot({ key, subscriptionId: "c", slotAt: new Date("2026-11-30T07:00:00Z"), owner: "dead", now: rig.clock.set("2026-11-30T07:00:01Z"), leaseMs: 60_000 });
    await rig.adapter.post("slack:T1:C1", { kind: "digest", title: "Digest: afghanistan", intro: "", items: [] }, { deliveryKey: key });
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:00:30Z"))).toMatchObject({ due: 1, taken: 1 });
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:01:30Z"))).toMatchObject({ recovered: 1 });
    expect(rig.adapter.posts).toHaveLength(1);
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:02:30Z"))).toMatchObject({ due: 0 });
  });

  it("leaves a platform that is not running in this process to one that is", async () => {
    rig = digestRig("2026-11-30T06:00:00Z");
    await rig.store.putSubscription(subscription({ id: "d", channel: "discord:123", schedule: "hourly", timeZone: "UTC", postWhenEmpty: true }));
    expect(await rig.runner.tick(rig.clock.set("2026-11-30T07:00:00Z"))).toMatchObject({ due: 1, unrouted: 1 });
    expect(await rig.store.settledSlots(["d@2026-11-30T07:00@UTC"])).toEqual(new Set());
  });
});
