// Keyed digest posts on Discord: nonces with enforce_nonce, the marker findDelivery reads back, rate limits
// and lost responses, all through the real @discordjs/rest against the fake (no gateway: posting needs none).
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../../adapters/discord/index.js";
import { deliveryMarker, deliveryNonce } from "../../../adapters/discord/delivery-nonce.js";
import { ChannelUnavailableError } from "../../../src/chat/channel-unavailable.js";
import type { ChatAdapter } from "../../../src/chat/chat-adapter.js";
import { FakeDiscord, type FakeDiscordOptions } from "../../fakes/fake-discord.js";
import { digestReply, manyItems } from "../digest-replies.js";

const CHANNEL_ID = "630000000000000063";
const CHANNEL = `discord:${CHANNEL_ID}`;

interface Rig {
  fake: FakeDiscord;
  adapter: ChatAdapter;
  logs: string[];
}

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.adapter.stop();
  await rig?.fake.close();
  rig = undefined;
});

async function start(options: Partial<FakeDiscordOptions> = {}): Promise<Rig> {
  const fake = await FakeDiscord.start({ channels: [CHANNEL_ID], ...options });
  const logs: string[] = [];
  const adapter = createDiscordAdapter({ token: "delivery-token", applicationId: fake.applicationId, apiUrl: fake.apiUrl, retries: 0, log: (line) => logs.push(line) });
  rig = { fake, adapter, logs };
  return rig;
}

const posts = (fake: FakeDiscord) => fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
type Body = { nonce?: string; enforce_nonce?: boolean; embeds: { footer?: { text: string } }[] };

describe("Discord keyed posts", () => {
  it("send each part with its own nonce and enforce_nonce, and the delivery marker on the first part only", async () => {
    const { fake, adapter } = await start();
    const reply = digestReply(manyItems(20, 1_000, 600));
    await adapter.post(CHANNEL, reply, { deliveryKey: "sub-1:slot-1" });
    const bodies = posts(fake).map((r) => r.body as Body);
    expect(bodies.length).toBeGreaterThan(2);
    bodies.forEach((body, i) => {
      expect(body.nonce).toBe(deliveryNonce("sub-1:slot-1", i + 1));
      expect(body.enforce_nonce).toBe(true);
    });
    expect(bodies[0]?.embeds[0]?.footer?.text).toBe(`newsbrief · ${deliveryMarker(deliveryNonce("sub-1:slot-1"))}`);
    expect(bodies.slice(1).every((body) => !JSON.stringify(body).includes("ref nb"))).toBe(true);
  });

  it("post nothing new when a split digest is sent again within the nonce window: every part is returned", async () => {
    const { fake, adapter } = await start();
    const reply = digestReply(manyItems(20, 1_000, 600));
    const first = await adapter.post(CHANNEL, reply, { deliveryKey: "sub-1:slot-2" });
    const count = fake.messages(CHANNEL_ID).length;
    const again = await adapter.post(CHANNEL, reply, { deliveryKey: "sub-1:slot-2" });
    expect(again).toEqual(first);
    expect(fake.messages(CHANNEL_ID)).toHaveLength(count);
  });

  it("post a plain reply without nonce or marker when no key is given", async () => {
    const { fake, adapter } = await start();
    await adapter.post(CHANNEL, digestReply());
    const body = posts(fake)[0]?.body as Body;
    expect(body).not.toHaveProperty("nonce");
    expect(body.embeds[0]?.footer?.text).toBe("newsbrief");
  });
});

describe("Discord findDelivery", () => {
  it("finds the first message by its marker once the nonce window has passed and a resend made a second", async () => {
    let now = Date.parse("2026-11-28T08:00:00Z");
    const { fake, adapter } = await start({ clock: () => now });
    const first = await adapter.post(CHANNEL, digestReply(), { deliveryKey: "sub-2:slot-1" });
    now += 10 * 60_000; // past Discord's "few minutes"
    const second = await adapter.post(CHANNEL, digestReply(), { deliveryKey: "sub-2:slot-1" });
    expect(second.messageId).not.toBe(first.messageId);
    expect(fake.messages(CHANNEL_ID)).toHaveLength(2);
    expect(await adapter.findDelivery(CHANNEL, "sub-2:slot-1")).toEqual(first);
    const read = fake.requests.find((r) => r.method === "GET" && r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(read?.query).toEqual({ limit: "50" });
  });

  it("works in a process that never connected to the gateway, asking Discord who the bot is once", async () => {
    const { fake, adapter } = await start();
    const posted = await adapter.post(CHANNEL, digestReply(), { deliveryKey: "sub-3:slot-1" });
    expect(await adapter.findDelivery(CHANNEL, "sub-3:slot-1")).toEqual(posted);
    expect(await adapter.findDelivery(CHANNEL, "sub-3:slot-2")).toBeUndefined();
    expect(fake.requests.filter((r) => r.path === "/users/@me")).toHaveLength(1);
  });

  it("also matches by nonce where history returns it", async () => {
    const { adapter } = await start({ historyIncludesNonce: true });
    const posted = await adapter.post(CHANNEL, digestReply(), { deliveryKey: "sub-4:slot-1" });
    expect(await adapter.findDelivery(CHANNEL, "sub-4:slot-1")).toEqual(posted);
  });

  it("answers undefined, with a log line, where the bot may post but not read history", async () => {
    const { fake, adapter, logs } = await start();
    fake.setChannelState(CHANNEL_ID, "no-history");
    await adapter.post(CHANNEL, digestReply(), { deliveryKey: "unreadable" });
    expect(await adapter.findDelivery(CHANNEL, "unreadable")).toBeUndefined();
    expect(logs.join("\n")).toContain("Read Message History");
  });

  it("throws ChannelUnavailableError for a deleted channel or one the bot can no longer see", async () => {
    const { fake, adapter } = await start();
    fake.setChannelState(CHANNEL_ID, "deleted");
    await expect(adapter.findDelivery(CHANNEL, "k")).rejects.toMatchObject({ name: "ChannelUnavailableError", code: 10003 });
    fake.setChannelState(CHANNEL_ID, "no-access");
    const error = await adapter.findDelivery(CHANNEL, "k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailableError);
    expect(error).toMatchObject({ code: 50001, channel: CHANNEL });
  });
});

describe("Discord posts under the fake's realistic limits and faults", () => {
  it("delivers every message once under a per-channel bucket, pacing by the X-RateLimit headers", async () => {
    const { fake, adapter } = await start({ channelRateLimit: { limit: 2, windowMs: 300 } });
    for (let i = 0; i < 5; i++) await adapter.post(CHANNEL, digestReply(), { deliveryKey: `paced:${i}` });
    expect(fake.messages(CHANNEL_ID)).toHaveLength(5);
    const answered = posts(fake);
    expect(answered.filter((r) => r.status === 200)).toHaveLength(5);
    expect(answered.every((r) => r.status === 200 || r.status === 429)).toBe(true);
  });

  it("leaves exactly one message per key when responses are lost and the caller resends with the same key", async () => {
    const { fake, adapter } = await start({ chaos: { seed: 42, rate500: 0.2, rate500AfterCommit: 0.3, rate429: 0.1, retryAfterSeconds: 0.05 } });
    const keys = Array.from({ length: 15 }, (_, i) => `flaky:${i}`);
    let failures = 0;
    for (const key of keys) {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 20) throw new Error(`${key} never went through`);
        try {
          await adapter.post(CHANNEL, digestReply(), { deliveryKey: key });
          break;
        } catch {
          failures += 1; // what the scheduler does: try again with the same key
        }
      }
    }
    expect(failures).toBeGreaterThan(0);
    const nonces = fake.messages(CHANNEL_ID).map((m) => m.nonce);
    expect(nonces).toHaveLength(keys.length);
    expect(new Set(nonces)).toEqual(new Set(keys.map((key) => deliveryNonce(key))));
  });
});
