// What Slack itself enforces or does: signatures, the 3-second ack, rate limits, gone channels, Socket Mode.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChannelUnavailableError, createSlackAdapter, NO_RETRY_POLICY } from "../../../adapters/slack/index.js";
import type { CommandHandler } from "../../../src/chat/chat-adapter.js";
import type { Command } from "../../../src/chat/command.js";
import type { Reply } from "../../../src/chat/reply.js";
import { FakeSlack } from "../../fakes/fake-slack.js";
import { waitFor } from "../../fakes/fake-slack-requests.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startSlackRig } from "./slack-rig.js";
import type { SlackRig } from "./slack-rig.js";

const notice = (title: string): Reply => ({ kind: "notice", tone: "info", title, lines: ["a line"] });
const briefingLike: Reply = { kind: "quotes", title: "All 1 quotes", headline: "Story", quotes: [], numbers: [] };
const CHANNEL = "slack:T1:C1";

function recordingHandler(reply: Reply = briefingLike, delayMs = 0): CommandHandler & { calls: Command[] } {
  const calls: Command[] = [];
  const handler = async (command: Command) => {
    calls.push(command);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return reply;
  };
  return Object.assign(handler, { calls });
}

describe("Slack adapter over HTTP", () => {
  let rig: SlackRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("verifies the bot token with auth.test at start and sends it only as a bearer header", async () => {
    rig = await startSlackRig(recordingHandler());
    expect(rig.fake.calls("auth.test")).toHaveLength(1);
    await rig.adapter.post(CHANNEL, notice("hello"));
    expect(rig.fake.calls("chat.postMessage")[0]?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it("rejects a forged signature and a stale timestamp with 401, and the handler never runs", async () => {
    const handler = recordingHandler();
    rig = await startSlackRig(handler);
    const forged = await rig.command("/brief", "afghanistan", { secret: "not-the-secret" });
    const stale = await rig.command("/brief", "afghanistan", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect([forged.answer.status, stale.answer.status]).toEqual([401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handler.calls).toHaveLength(0);
    expect(rig.fake.calls("response_url")).toHaveLength(0);
  });

  it("parses the command for the handler with the channel reference", async () => {
    const handler = recordingHandler();
    rig = await startSlackRig(handler);
    await rig.replies((await rig.command("/quotes", "maas &amp; blinken")).responseId);
    expect(handler.calls).toEqual([{ name: "quotes", argument: "maas & blinken", channel: CHANNEL, userId: "U1" }]);
  });

  it("answers /digest only to the person who asked, even a digest preview", async () => {
    const preview: Reply = { kind: "digest", title: "Digest: bridges", intro: "Preview", items: [] };
    const handler = recordingHandler(preview);
    rig = await startSlackRig(handler);
    const [reply] = await rig.replies((await rig.command("/digest", "preview bridges")).responseId);
    expect(reply?.body).toMatchObject({ response_type: "ephemeral", text: "Digest: bridges: Preview" });
    expect(handler.calls).toEqual([{ name: "digest", argument: "preview bridges", channel: CHANNEL, userId: "U1", canManageDigests: true }]);
  });

  it("keeps a very long reply within the response_url's 5 posts, ending with where to find the rest", async () => {
    const quote = { text: "x ".repeat(2_000), pieces: [], paragraph: 0, paragraphs: 1, partial: false, speaker: null };
    const quotes = Array.from({ length: 12 }, () => quote);
    rig = await startSlackRig(recordingHandler({ kind: "quotes", title: "All 12 quotes", headline: "Long", quotes, numbers: quotes.map((_, i) => i + 1) }));
    const replies = await rig.replies((await rig.command("/quotes", "")).responseId);
    expect(replies).toHaveLength(5);
    expect(replies[4]?.body.text).toMatch(/^\d+ more messages not shown: Slack takes 5 messages per answer/);
  });

  it("answers a failing handler privately, and logs neither token nor secret", async () => {
    const lines: string[] = [];
    const spies = (["error", "warn", "info", "log", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
    );
    try {
      rig = await startSlackRig(async () => {
        throw new Error("library unavailable");
      });
      const [reply] = await rig.replies((await rig.command("/brief", "x")).responseId);
      expect(reply?.body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("Something went wrong") });
      expect(lines.join("\n")).toContain("library unavailable");
      expect(lines.join("\n")).not.toMatch(new RegExp(`${BOT_TOKEN}|${SIGNING_SECRET}`));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived"])("turns %s into ChannelUnavailableError, without retrying", async (error) => {
    rig = await startSlackRig(recordingHandler(), { retry: { retries: 2, minDelayMs: 10, maxDelayMs: 10 } });
    rig.fake.failNext("chat.postMessage", { error });
    const failure = await rig.adapter.post(CHANNEL, notice("Digest")).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChannelUnavailableError);
    expect(failure).toMatchObject({ channel: CHANNEL, reason: error });
    expect(rig.fake.calls("chat.postMessage")).toHaveLength(1);
  });

  it("refuses to post to a channel reference of another platform", async () => {
    rig = await startSlackRig(recordingHandler());
    await expect(rig.adapter.post("discord:123", notice("x"))).rejects.toThrow(/not a Slack channel/);
  });
});

// The two slow tests (a 4 s handler, a 1 s Retry-After) run side by side, each with its own rig.
describe.concurrent("Slack adapter timing", () => {
  it("acks a slow /brief within 3 s, then delivers the reply to the channel", async () => {
    const rig = await startSlackRig(recordingHandler(briefingLike, 4_000));
    try {
      const { answer, responseId } = await rig.command("/brief", "afghanistan");
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(3_000);
      expect(JSON.parse(answer.text)).toEqual({ response_type: "ephemeral", text: "Working on it…" });
      const [reply] = await rig.replies(responseId, 8_000);
      expect(reply?.body).toMatchObject({ response_type: "in_channel", replace_original: false, text: "All 1 quotes: Story" });
    } finally {
      await rig.close();
    }
  }, 15_000);

  it("waits out a 429 with Retry-After on chat.postMessage and posts exactly once", async () => {
    const rig = await startSlackRig(recordingHandler(), { retry: { retries: 2, minDelayMs: 10, maxDelayMs: 10 } });
    try {
      rig.fake.failNext("chat.postMessage", { rateLimitSeconds: 1 });
      const started = Date.now();
      const posted = await rig.adapter.post(CHANNEL, notice("Digest"));
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      expect(rig.fake.calls("chat.postMessage").map((call) => call.status)).toEqual([429, 200]);
      expect(posted).toEqual({ channel: CHANNEL, messageId: expect.stringMatching(/^\d{10}\.\d{6}$/) });
      expect(rig.fake.messages("C1").map((message) => message.ts)).toEqual([posted.messageId]);
    } finally {
      await rig.close();
    }
  });
});

describe("Slack adapter in Socket Mode", () => {
  it("opens the connection with the app token, acks a slash command envelope and answers on its response_url", async () => {
    const fake = await FakeSlack.start();
    const handler = recordingHandler(briefingLike);
    const adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, retry: NO_RETRY_POLICY, logLevel: "error" });
    try {
      await adapter.start(handler);
      expect(adapter.listeningPort()).toBeUndefined();
      expect(fake.calls("apps.connections.open")[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
      await waitFor(() => (fake.socketClients > 0 ? true : undefined));
      fake.sendEnvelope({
        type: "slash_commands",
        envelope_id: "env-1",
        accepts_response_payload: true,
        payload: { command: "/quotes", text: "maas", team_id: "T1", channel_id: "C1", user_id: "U1", response_url: fake.responseUrl("socket") },
      });
      const ack = await waitFor(() => fake.socketFrames.find((frame) => frame.envelope_id === "env-1"));
      expect(ack).toEqual({ envelope_id: "env-1", payload: {} }); // /quotes is quick: an empty ack, no "Working on it"
      const reply = await waitFor(() => fake.responses("socket")[0]);
      expect(reply.body).toMatchObject({ response_type: "in_channel", text: "All 1 quotes: Story" });
      expect(handler.calls).toEqual([{ name: "quotes", argument: "maas", channel: CHANNEL, userId: "U1" }]);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("refuses a configuration with neither signing secret nor app token", () => {
    expect(() => createSlackAdapter({ botToken: BOT_TOKEN })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
