// The one contract every chat adapter passes (vercel/chat and hono style): the same conversation, the same outcomes.
// Each adapter's test file calls `adapterContract` with a harness that drives the real SDK against local fakes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import type { ChannelRef, CommandName } from "../../src/chat/command.js";

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
  close(): Promise<void>;
}

export function adapterContract(platform: string, makeHarness: () => Promise<AdapterHarness>): void {
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
  });
}
