// The one contract every chat adapter passes (vercel/chat and hono style): the same conversation, the same outcomes.
// Each adapter's test file calls `adapterContract` with a harness that drives the real SDK against local fakes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelUnavailableError } from "../../src/chat/channel-unavailable.js";
import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import type { ChannelRef, Command, CommandName } from "../../src/chat/command.js";
import { digestReply, EMPTY_DIGEST } from "./digest-replies.js";

/** Drives one adapter through its platform (real SDK, fake server) and reads back what the platform received. */
export interface AdapterHarness {
  adapter: ChatAdapter;
  /** A channel the harness's fake platform knows. */
  channel: ChannelRef;
  /** Sends a command the way a user would (signed slash command, gateway interaction, typed line) and resolves
   *  with the text of every message the platform received for it (payload JSON or terminal text). */
  send(name: CommandName, argument: string): Promise<string>;
  /** Presses the button on the last briefing whose label starts with `label`; resolves with what was delivered. */
  press(label: string): Promise<string>;
  /** Everything the fake platform recorded for unprompted posts to `channel`. */
  posted(): Promise<string>;
  /** The command the handler received last: what the adapter's parse.ts made of the platform's event. */
  lastCommand(): Command | undefined;
  /** How many messages the platform holds in `channel` from unprompted posts (where it keeps any). */
  postCount?(): Promise<number>;
  /** Sends a command as a user who may not change digests (Discord: no Manage Channels; Slack: not allow-listed). */
  sendAsNonManager?(name: CommandName, argument: string): Promise<string>;
  /** A channel the fake platform has deleted, or removed the bot from / taken its access away. */
  goneChannel?(how: "deleted" | "bot removed"): Promise<ChannelRef>;
  close(): Promise<void>;
}

/** What a platform can do, so the contract skips (with the reason in its name) what it cannot. */
export interface AdapterCapabilities {
  /** findDelivery can find earlier posts (Slack metadata, Discord marker); the console keeps no history. */
  history: boolean;
  /** The platform itself turns a resend of the same key into the first message (Discord's enforce_nonce). */
  dedupesResend: boolean;
  /** Channels can disappear or shut the bot out. */
  channelsCanGo: boolean;
  /** Some users may not change digests. */
  nonManagers: boolean;
}

export function adapterContract(platform: string, makeHarness: () => Promise<AdapterHarness>, can: AdapterCapabilities): void {
  describe(`${platform} adapter contract`, () => {
    let harness: AdapterHarness;
    beforeAll(async () => {
      harness = await makeHarness();
    }, 30_000);
    afterAll(async () => harness?.close());

    it("names its platform", () => {
      expect(harness.adapter.platform).toBe(platform);
    });

    it("/brief afghanistan gives the sample briefing with speakers and roles", async () => {
      const text = await harness.send("brief", "afghanistan");
      expect(text).toContain("Blinken says Taliban legitimacy will have to be");
      expect(text).toContain("Antony Blinken");
      expect(text).toContain("U.S. Secretary of State");
    });

    it("/quotes qureshi gives the three-paragraph tweet with his full name and role", async () => {
      const text = await harness.send("quotes", "qureshi");
      expect(text).toContain("We must not allow creation of a political vacuum");
      expect(text).toContain("cannot afford to disengage");
      expect(text).toContain("Shah Mahmood Qureshi");
      expect(text).toContain("Pakistan’s Foreign Minister");
    });

    it("/quotes nobody answers helpfully", async () => {
      const text = await harness.send("quotes", "nobody");
      expect(text).toContain("No quote by");
      expect(text).toContain("Heiko Maas");
    });

    it("the All quotes button lists every quote", async () => {
      const text = await harness.press("All quotes");
      expect(text).toContain("All 10 quotes");
      expect(text).toContain("the biggest debacle");
    });

    it("post() delivers a reply to a channel unprompted", async () => {
      await harness.adapter.post(harness.channel, { kind: "notice", tone: "info", title: "Digest check", lines: ["posted by the scheduler"] });
      expect(await harness.posted()).toContain("posted by the scheduler");
    });

    it("post() delivers a digest: stories, summaries, quotes with speaker and role", async () => {
      await harness.adapter.post(harness.channel, digestReply());
      const text = await harness.posted();
      for (const expected of ["Digest: bridges", "2 new stories since", "Villa council approves new bridge", "voted 7-2", "We will rebuild the bridge before winter", "Ana Ruiz", "Mayor of Villa", "Ferry service resumes", "Tom Ng"]) {
        expect(text).toContain(expected);
      }
    });

    it("post() of an empty digest says that nothing is new", async () => {
      await harness.adapter.post(harness.channel, EMPTY_DIGEST);
      expect(await harness.posted()).toContain("Nothing new on this topic since the last digest.");
    });

    it("findDelivery() returns undefined for a key never posted", async () => {
      expect(await harness.adapter.findDelivery(harness.channel, `never-posted:${platform}`)).toBeUndefined();
    });

    it.skipIf(!can.history)("findDelivery() finds the first message posted with a delivery key (platform keeps history)", async () => {
      const key = `contract:${platform}:find`;
      const posted = await harness.adapter.post(harness.channel, digestReply(), { deliveryKey: key });
      expect(await harness.adapter.findDelivery(harness.channel, key)).toEqual(posted);
      expect(await harness.adapter.findDelivery(harness.channel, `${key}:other`)).toBeUndefined();
    });

    it.skipIf(!can.dedupesResend)("a resend with the same delivery key returns the first message, not a second (platform dedupes)", async () => {
      const key = `contract:${platform}:resend`;
      const before = (await harness.postCount?.()) ?? 0;
      const first = await harness.adapter.post(harness.channel, digestReply(), { deliveryKey: key });
      const second = await harness.adapter.post(harness.channel, digestReply(), { deliveryKey: key });
      expect(second).toEqual(first);
      expect(await harness.postCount?.()).toBe(before + 1);
    });

    it.skipIf(!can.history || can.dedupesResend)("after a resend with the same key, findDelivery() still names the first message", async () => {
      const key = `contract:${platform}:resend`;
      const first = await harness.adapter.post(harness.channel, digestReply(), { deliveryKey: key });
      await harness.adapter.post(harness.channel, digestReply(), { deliveryKey: key });
      expect(await harness.adapter.findDelivery(harness.channel, key)).toEqual(first);
    });

    it.skipIf(!can.channelsCanGo).each(["deleted", "bot removed"] as const)("post() to a channel %s throws ChannelUnavailableError (channels can go)", async (how) => {
      const gone = await harness.goneChannel?.(how);
      if (!gone) throw new Error("the harness cannot make a channel go away");
      const error = await harness.adapter.post(gone, digestReply()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChannelUnavailableError);
      expect(error).toMatchObject({ channel: gone });
    });

    it("/digest list arrives as the neutral digest command; this user may manage digests", async () => {
      await harness.send("digest", "list");
      expect(harness.lastCommand()).toMatchObject({ name: "digest", argument: "list", channel: harness.channel, canManageDigests: true });
    });

    it.skipIf(!can.nonManagers)("/digest list from a user without the platform's permission has canManageDigests false (some users may not)", async () => {
      await harness.sendAsNonManager?.("digest", "list");
      expect(harness.lastCommand()).toMatchObject({ name: "digest", argument: "list", canManageDigests: false });
    });
  });
}
