import { describe, expect, it } from "vitest";
import { cli, SAMPLE } from "../support/cli-io.js";

describe("newsbrief quotes", () => {
  it("lists every quote of the sample with its speaker, numbered", async () => {
    const { code, stdout } = await cli(["quotes", SAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^10\. “the biggest debacle”\n {3}— Armin Laschet/m);
    expect(stdout).toContain("— Shah Mahmood Qureshi, Pakistan’s Foreign Minister");
    expect(stdout).toContain("“Say to my Mom I miss you.”\n   — unattributed");
  });

  it("prints the documented JSON shape", async () => {
    const { stdout } = await cli(["quotes", "-f", "json", SAMPLE]);
    const parsed = JSON.parse(stdout) as { input: string; quotes: Array<Record<string, unknown>> };
    expect(parsed.input).toBe(SAMPLE);
    const tweet = parsed.quotes.find((q) => String(q.text).startsWith("We must not allow"));
    expect(tweet).toEqual({
      text: expect.stringContaining("cannot afford to disengage,"),
      speaker: { name: "Shah Mahmood Qureshi", role: "Pakistan’s Foreign Minister", kind: "person" },
      partial: false,
      paragraph: expect.any(Number),
      paragraphs: 3,
      cue: expect.any(String),
    });
  });
});
