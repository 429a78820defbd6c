import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DigestStore } from "../../src/digests/digest-store.js";
import type { Subscription } from "../../src/digests/subscription.js";

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: "abc123",
    channel: "slack:T1:C1",
    topic: "afghanistan",
    include: [],
    exclude: [],
    schedule: "daily 08:00",
    timeZone: "Europe/Berlin",
    maxStories: 5,
    postWhenEmpty: false,
    origin: "chat",
    createdAt: "2026-11-01T00:00:00.000Z",
    ...overrides,
  };
}

const T0 = new Date("2026-11-30T07:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

/** The behaviour every DigestStore must have; run against SQLite and PostgreSQL. */
export function digestStoreContract(name: string, open: () => Promise<DigestStore>, cleanup: () => Promise<void> = async () => {}): void {
  describe(`DigestStore contract: ${name}`, () => {
    let store: DigestStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    it("keeps subscriptions, replaces by id, removes and disables them", async () => {
      await store.putSubscription(subscription());
      await store.putSubscription(subscription({ id: "def456", topic: "climate", createdBy: "U1" }));
      await store.putSubscription(subscription({ topic: "afghan war" }));
      const listed = await store.listSubscriptions();
      expect(listed.map((s) => [s.id, s.topic])).toEqual([["abc123", "afghan war"], ["def456", "climate"]]);
      expect(listed[1]?.createdBy).toBe("U1");
      await store.disableSubscription("def456", "channel_not_found");
      expect((await store.listSubscriptions())[1]?.disabledReason).toBe("channel_not_found");
      expect(await store.removeSubscription("abc123")).toBe(true);
      expect(await store.removeSubscription("abc123")).toBe(false);
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(["def456"]);
    });

    it("syncs file subscriptions without touching chat ones, keeping a disabled target disabled", async () => {
      await store.putSubscription(subscription({ id: "chat1" }));
      const file = (id: string, channel: string) => subscription({ id, channel, origin: "file", createdAt: T0.toISOString() });
      await store.syncFileSubscriptions([file("file:a:x", "discord:1"), file("file:a:y", "discord:2")]);
      await store.disableSubscription("file:a:x", "Unknown Channel");
      await store.syncFileSubscriptions([file("file:a:x", "discord:1"), file("file:b:z", "discord:3")]);
      const listed = await store.listSubscriptions();
      expect(listed.map((s) => s.id)).toEqual(["chat1", "file:a:x", "file:b:z"]);
      expect(listed[1]?.disabledReason).toBe("Unknown Channel");
    });

    it("lets exactly one claimant take a slot, and another only after the lease lapsed", async () => {
      const claim = { key: "abc123@2026-11-30T08:00@Europe/Berlin", subscriptionId: "abc123", slotAt: T0, leaseMs: 60_000 };
      expect(await store.claimSlot({ ...claim, owner: "a", now: T0 })).toEqual({ claimed: true, attempt: 1 });
      expect(await store.claimSlot({ ...claim, owner: "b", now: later(1_000) })).toEqual({ claimed: false });
      expect(await store.claimSlot({ ...claim, owner: "b", now: later(60_000) })).toEqual({ claimed: true, attempt: 2 });
      await store.finishSlot(claim.key, { status: "delivered", messageId: "m1", storyIds: ["s-1", "s-2"], channel: "slack:T1:C1", at: later(61_000) });
      expect(await store.claimSlot({ ...claim, owner: "c", now: later(10_000_000) })).toEqual({ claimed: false });
      expect(await store.settledSlots([claim.key, "other"])).toEqual(new Set([claim.key]));
      expect(await store.sentStories("slack:T1:C1", ["s-1", "s-3"])).toEqual(new Set(["s-1"]));
      expect(await store.sentStories("slack:T1:C2", ["s-1"])).toEqual(new Set());
    });

    it("concurrent claims of one slot: exactly one wins", async () => {
      const claims = Array.from({ length: 8 }, (_, i) =>
        store.claimSlot({ key: "k@slot", subscriptionId: "k", slotAt: T0, owner: `o${i}`, now: T0, leaseMs: 60_000 }),
      );
      const results = await Promise.all(claims);
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
    });

    it("prunes old settled slots but keeps each subscription's latest, and old sent-story records", async () => {
      const day = 86_400_000;
      const settle = async (subscriptionId: string, key: string, at: Date, storyIds: string[]) => {
        await store.claimSlot({ key, subscriptionId, slotAt: at, owner: "o", now: at, leaseMs: 1 });
        await store.finishSlot(key, { status: "delivered", messageId: key, storyIds, channel: "slack:T1:C1", at });
      };
      await settle("a", "a@1", later(0), ["s-old"]);
      await settle("a", "a@2", later(10 * day), ["s-new"]);
      await settle("b", "b@1", later(0), []);
      await store.claimSlot({ key: "a@3", subscriptionId: "a", slotAt: later(0), owner: "o", now: later(0), leaseMs: 1 });
      expect(await store.prune(later(5 * day), later(5 * day))).toBe(2);
      // a@1 went; a@2 (recent), b@1 (b's latest) and the unsettled claim a@3 stay.
      expect(await store.settledSlots(["a@1", "a@2", "b@1"])).toEqual(new Set(["a@2", "b@1"]));
      expect((await store.lastSettled()).get("b")).toEqual(later(0));
      expect(await store.sentStories("slack:T1:C1", ["s-old", "s-new"])).toEqual(new Set(["s-new"]));
    });

    it("a released claim can be taken again at once; skipped and failed slots are settled", async () => {
      const base = { subscriptionId: "abc123", slotAt: T0, leaseMs: 60_000 };
      await store.claimSlot({ ...base, key: "a@1", owner: "a", now: T0 });
      await store.releaseSlot("a@1", "someone-else", "boom");
      expect(await store.claimSlot({ ...base, key: "a@1", owner: "b", now: later(1) })).toEqual({ claimed: false });
      await store.releaseSlot("a@1", "a", "HTTP 500");
      expect(await store.claimSlot({ ...base, key: "a@1", owner: "b", now: later(2) })).toEqual({ claimed: true, attempt: 2 });
      await store.claimSlot({ ...base, key: "a@2", slotAt: later(3_600_000), owner: "a", now: T0 });
      await store.finishSlot("a@1", { status: "skipped", at: later(3) });
      await store.finishSlot("a@2", { status: "failed", error: "gone", at: later(4) });
      expect(await store.settledSlots(["a@1", "a@2"])).toEqual(new Set(["a@1", "a@2"]));
      expect((await store.lastSettled()).get("abc123")).toEqual(later(3_600_000));
    });
  });
}
