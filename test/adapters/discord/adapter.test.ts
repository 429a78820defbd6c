import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelUnavailableError } from "../../../adapters/discord/errors.js";
import type { Reply } from "../../../src/chat/reply.js";
import { buttonsOf, CHANNEL_ID, discordHarness, TOKEN, type DiscordHarness } from "./harness.js";

const NO_MENTIONS = { parse: [], replied_user: false };
const notice = (line: string): Reply => ({ kind: "notice", tone: "info", title: "Digest", lines: [line] });
const channelPosts = (h: DiscordHarness) => h.fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);

describe("discord adapter against the fake Discord (sample library)", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await discordHarness();
  }, 20_000);
  afterAll(async () => h?.close());

  it("answers /digest privately: the deferral is ephemeral, and so is the reply", async () => {
    const { token } = h.dispatch("digest", "list");
    const [edit] = await h.responses(token);
    const callback = h.fake.requests.find((r) => r.path.endsWith(`/${token}/callback`));
    expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect((edit?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual(NO_MENTIONS);
  });

  it("defers, then edits the deferred reply into the exact briefing embed and buttons", async () => {
    const { token } = h.dispatch("brief", "afghanistan");
    const [edit, ...followUps] = await h.responses(token);
    const callback = h.fake.requests.find((r) => r.path.endsWith(`/${token}/callback`));
    expect(callback?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback?.at).toBeLessThanOrEqual(edit?.at ?? 0);
    expect(followUps).toEqual([]);
    const body = edit?.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(body.embeds).toEqual([
      {
        title: "Blinken says Taliban legitimacy will have to be ’earned’",
        description:
          "• U.S. Secretary of State Antony Blinken warned on Sept. 8 that the Taliban would have to earn legitimacy from the world, after talks with allies on how to present a united front to the hardline new government in Afghanistan.\n" +
          "• A senior State Department official said all countries were broadly on the same page on dealing with the Taliban caretaker government - including Pakistan, historically the insurgents’ ally.",
        color: 0x2f6fb3,
        fields: [
          { name: "Antony Blinken, U.S. Secretary of State", value: "“The Taliban seek international legitimacy. Any legitimacy - any support - will have to be earned,”" },
          {
            name: "Shah Mahmood Qureshi, Pakistan’s Foreign Minister",
            value:
              "“We must not allow creation of a political vacuum in Afghanistan leading to insecurity and instability. A stable & peaceful Afghanistan only be achieved through more, not less, regional & int’l engagement. Pakistan, as an immediate neighbour cannot afford to disengage,”",
          },
          {
            name: "a senior State Department official",
            value: "“Pakistan was there. They talked about their unique role, from their perspective... they certainly said that we’re in a position where we have to engage to some degree,”",
          },
        ],
        footer: { text: "blinken-taliban-legitimacy.txt · 3 min read · 10 quotes" },
      },
    ]);
    const button = (label: string, argument: string) => ({ type: 2, style: 2, label, custom_id: `newsbrief:quotes:${argument}` });
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          button("All quotes (10)", ""),
          button("Antony Blinken (4)", "Antony Blinken"),
          button("a senior State Department official (2)", "a senior State Department official"),
          button("Shah Mahmood Qureshi (1)", "Shah Mahmood Qureshi"),
        ],
      },
    ]);
  });

  it("answers a button with a new deferred reply, leaving the briefing and its buttons in place", async () => {
    const before = h.fake.requests.length;
    const text = await h.press("Antony Blinken");
    const requests = h.fake.requests.slice(before);
    expect(requests.find((r) => r.path.endsWith("/callback"))?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(requests.filter((r) => r.method === "PATCH").map((r) => r.path)).toEqual([expect.stringMatching(/\/messages\/@original$/)]);
    expect(text).toContain("Quotes by Antony Blinken");
    expect(text).toContain("Many, many, many Americans");
    expect(requests.flatMap(buttonsOf)).toEqual([]);
  });

  it("waits out a 429 with Retry-After on a channel post and delivers the message exactly once", async () => {
    h.fake.failNextPosts(1, { status: 429, retryAfterSeconds: 1 });
    const before = channelPosts(h).length;
    const ref = await h.adapter.post(h.channel, notice("after the rate limit"));
    const posts = channelPosts(h).slice(before);
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(ref).toEqual({ channel: `discord:${CHANNEL_ID}`, messageId: posts[1]?.messageId });
    expect((await h.posted()).split("after the rate limit")).toHaveLength(2);
    expect(posts[1]?.body).toMatchObject({ allowed_mentions: NO_MENTIONS });
    expect(posts[1]?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("posts a long quotes reply as several messages, in order, each without mentions", async () => {
    const quotes = Array.from({ length: 12 }, (_, i) => ({ text: `${i} ${"word ".repeat(180)}`.trim(), pieces: [], paragraph: i, paragraphs: 1, partial: false, speaker: null }));
    const before = channelPosts(h).length;
    await h.adapter.post(h.channel, { kind: "quotes", title: "All 12 quotes", headline: "H", quotes, numbers: quotes.map((_, i) => i + 1) });
    const posts = channelPosts(h).slice(before);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((p) => p.status === 200 && JSON.stringify((p.body as { allowed_mentions: unknown }).allowed_mentions) === JSON.stringify(NO_MENTIONS))).toBe(true);
    const names = posts.flatMap((p) => (p.body as { embeds: { fields?: { name: string }[] }[] }).embeds.flatMap((e) => e.fields ?? []).map((f) => f.name));
    expect(names.map((n) => Number.parseInt(n, 10))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("turns Unknown Channel (10003) and Missing Access (50001) into ChannelUnavailableError", async () => {
    await expect(h.adapter.post("discord:111111111111111111", notice("x"))).rejects.toMatchObject({ name: "ChannelUnavailableError", code: 10003 });
    h.fake.failNextPosts(1, { status: 403, code: 50001, message: "Missing Access" });
    const error = await h.adapter.post(h.channel, notice("x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailableError);
    expect(error).toMatchObject({ code: 50001, channel: h.channel, reason: "Missing Access" });
    await expect(h.adapter.post("slack:T1:C2", notice("x"))).rejects.toBeInstanceOf(ChannelUnavailableError);
  });

  it("lets other API errors through unchanged", async () => {
    h.fake.failNextPosts(1, { status: 403, code: 50035, message: "Invalid Form Body" });
    await expect(h.adapter.post(h.channel, notice("x"))).rejects.toMatchObject({ name: "DiscordAPIError[50035]", code: 50035 });
  });
});

describe("discord adapter deadlines and failures", () => {
  let h: DiscordHarness;
  let slowDone = false;
  beforeAll(async () => {
    h = await discordHarness(async (command) => {
      if (command.argument === "boom") throw new Error("the library is on fire");
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      slowDone = true;
      return notice(`slow answer for ${command.argument}`);
    });
  }, 20_000);
  afterAll(async () => h?.close());

  it("defers within Discord's 3 seconds while a 4-second handler is still working", async () => {
    const started = Date.now();
    const { token } = h.dispatch("brief", "slow");
    const callback = await h.fake.waitFor((r) => r.path.endsWith(`/${token}/callback`));
    expect(callback.at - started).toBeLessThan(1_000);
    expect(slowDone).toBe(false);
    const [edit] = await h.responses(token);
    expect(slowDone).toBe(true);
    expect((edit?.at ?? 0) - started).toBeGreaterThanOrEqual(4_000);
    expect(JSON.stringify(edit?.body)).toContain("slow answer for slow");
    expect(h.fake.gateway.heartbeatsAcked()).toBeGreaterThan(0); // the gateway stayed alive meanwhile
  }, 10_000);

  it("answers a failing handler with a warning and logs it, never the token", async () => {
    const text = await h.send("brief", "boom");
    expect(text).toContain("Something went wrong");
    expect(text).not.toContain("on fire");
    expect(h.logs.some((line) => line.includes("the library is on fire"))).toBe(true);
    expect(h.logs.join("\n")).not.toContain(TOKEN);
  });
});
