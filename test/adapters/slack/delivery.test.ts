// Keyed digest posts on Slack: the key in message metadata, read back with conversations.history, through the
// real web-api client against the fake (rate limits and lost responses included).
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter, NO_RETRY_POLICY } from "../../../adapters/slack/index.js";
import type { SlackAdapter, SlackAdapterConfig } from "../../../adapters/slack/index.js";
import { ChannelUnavailableError } from "../../../src/chat/channel-unavailable.js";
import { FakeSlack, type FakeSlackOptions } from "../../fakes/fake-slack.js";
import { digestReply, manyItems } from "../digest-replies.js";

const CHANNEL = "slack:T1:C1";

let rig: { fake: FakeSlack; adapter: SlackAdapter } | undefined;
afterEach(async () => {
  await rig?.adapter.stop();
  await rig?.fake.close();
  rig = undefined;
});

/** Posting and looking up need only the Web API: the adapter is never started here, as in a scheduler-only process. */
async function start(options: FakeSlackOptions = {}, config: Partial<SlackAdapterConfig> = {}) {
  const fake = await FakeSlack.start(options);
  const adapter = createSlackAdapter({ botToken: "xoxb-delivery", signingSecret: "s", apiUrl: fake.apiUrl, retry: NO_RETRY_POLICY, logLevel: "error", ...config });
  rig = { fake, adapter };
  return rig;
}

describe("Slack keyed posts", () => {
  it("carry the delivery key, the part and the number of parts in every message's metadata", async () => {
    const { fake, adapter } = await start();
    await adapter.post(CHANNEL, digestReply(manyItems(30, 900, 500)), { deliveryKey: "sub-1:slot-1" });
    const sent = fake.calls("chat.postMessage").map((call) => call.body.metadata);
    expect(sent.length).toBeGreaterThan(1);
    sent.forEach((metadata, i) => expect(metadata).toEqual({ event_type: "newsbrief_digest", event_payload: { delivery_key: "sub-1:slot-1", part: i + 1, parts: sent.length } }));
    expect(fake.messages("C1").map((m) => m.metadata?.event_payload.part)).toEqual(sent.map((_, i) => i + 1));
  });

  it("are never re-posted by the client after a lost response, though unkeyed posts are (the caller checks findDelivery)", async () => {
    const { fake, adapter } = await start({ chaos: { seed: 3, rate500AfterCommit: 1 } }, { retry: { retries: 2, minDelayMs: 10, maxDelayMs: 10 } });
    await expect(adapter.post(CHANNEL, digestReply(), { deliveryKey: "once" })).rejects.toMatchObject({ code: "slack_webapi_http_error" });
    expect(fake.messages("C1")).toHaveLength(1);
    await expect(adapter.post(CHANNEL, digestReply())).rejects.toThrow();
    expect(fake.messages("C1")).toHaveLength(1 + 3); // the app client's own retries duplicated the unkeyed post
  });

  it("carry no metadata without a key", async () => {
    const { fake, adapter } = await start();
    await adapter.post(CHANNEL, digestReply());
    expect(fake.calls("chat.postMessage")[0]?.body).not.toHaveProperty("metadata");
  });
});

describe("Slack findDelivery", () => {
  it("reads one page of recent history with metadata and finds the first part of the delivery", async () => {
    const { fake, adapter } = await start();
    await adapter.post(CHANNEL, digestReply(), { deliveryKey: "other" });
    const posted = await adapter.post(CHANNEL, digestReply(manyItems(30, 900, 500)), { deliveryKey: "sub-2:slot-1" });
    await adapter.post(CHANNEL, digestReply(), { deliveryKey: "later" });
    expect(await adapter.findDelivery(CHANNEL, "sub-2:slot-1")).toEqual(posted);
    const query = fake.calls("conversations.history")[0]?.body ?? {};
    expect(query).toMatchObject({ channel: "C1", include_all_metadata: "true", limit: "15" });
    const oldest = Number(query.oldest);
    expect(Math.abs(oldest - (Date.now() / 1000 - 24 * 60 * 60))).toBeLessThan(60);
  });

  it("finds a message whose response was lost (Slack answered 500 after posting it)", async () => {
    const { fake, adapter } = await start({ chaos: { seed: 1, rate500AfterCommit: 1 } });
    await expect(adapter.post(CHANNEL, digestReply(), { deliveryKey: "lost" })).rejects.toThrow();
    const [kept] = fake.messages("C1");
    expect(await adapter.findDelivery(CHANNEL, "lost")).toEqual({ channel: CHANNEL, messageId: kept?.ts });
  });

  it("looks only as far back as configured: a delivery buried under newer messages is not found", async () => {
    const { adapter } = await start({ historyMaxLimit: 15 }, { deliverySearch: { limit: 15 } });
    await adapter.post(CHANNEL, digestReply(), { deliveryKey: "buried" });
    for (let i = 0; i < 15; i++) await adapter.post(CHANNEL, digestReply(), { deliveryKey: `newer:${i}` });
    expect(await adapter.findDelivery(CHANNEL, "buried")).toBeUndefined();
    expect(await adapter.findDelivery(CHANNEL, "newer:0")).toBeDefined();
  });

  it("throws ChannelUnavailableError for a deleted channel, and answers undefined where it may not read (not a member)", async () => {
    const { fake, adapter } = await start();
    fake.setChannelState("C1", "deleted");
    const error = await adapter.findDelivery(CHANNEL, "k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailableError);
    expect(error).toMatchObject({ channel: CHANNEL, reason: "channel_not_found" });
    fake.setChannelState("C1", "bot-removed");
    expect(await adapter.findDelivery(CHANNEL, "k")).toBeUndefined();
  });

  it("can still read an archived channel, though posting there throws ChannelUnavailableError", async () => {
    const { fake, adapter } = await start();
    const posted = await adapter.post(CHANNEL, digestReply(), { deliveryKey: "archived" });
    fake.setChannelState("C1", "archived");
    await expect(adapter.post(CHANNEL, digestReply())).rejects.toMatchObject({ name: "ChannelUnavailableError", reason: "is_archived" });
    expect(await adapter.findDelivery(CHANNEL, "archived")).toEqual(posted);
  });
});

describe("Slack posts under the fake's per-channel rate limit", () => {
  it("waits out 429s with Retry-After and delivers each message once", async () => {
    const { fake, adapter } = await start({ postRateLimit: { perSecond: 1, burst: 2 } }, { retry: { retries: 3, minDelayMs: 10, maxDelayMs: 10 } });
    for (let i = 0; i < 3; i++) await adapter.post(CHANNEL, digestReply(), { deliveryKey: `paced:${i}` });
    expect(fake.messages("C1")).toHaveLength(3);
    const statuses = fake.calls("chat.postMessage").map((call) => call.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses).toContain(429);
  }, 15_000);
});
