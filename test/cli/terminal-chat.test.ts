import { describe, expect, it } from "vitest";
import { cli } from "../support/cli-io.js";

describe("the terminal chat (npm start without tokens)", () => {
  it("answers /brief, /quotes with a name, a number and an unknown name, then quits", async () => {
    const script = ["/brief afghanistan", "/quotes qureshi", "/quotes 1", "/quotes nobody", "/quotes 99", "/nonsense", "/quit"].join("\n");
    const { code, stdout } = await cli(["start"], script);
    expect(code).toBe(0);
    expect(stdout).toContain("Blinken says Taliban legitimacy will have to be ’earned’");
    expect(stdout).toContain("“We must not allow creation of a political vacuum");
    expect(stdout).toContain("— Shah Mahmood Qureshi, Pakistan’s Foreign Minister");
    expect(stdout).toContain("In context:");
    expect(stdout).toContain("No quote by “nobody”");
    expect(stdout).toContain("There is no quote 99");
    expect(stdout).toContain("I don't know");
  });

  it("asks for a briefing before /quotes and explains an unmatched topic", async () => {
    const { stdout } = await cli(["start"], "/quotes\n/brief volcanoes\n");
    expect(stdout).toContain("No briefing in this channel yet");
    expect(stdout).toContain("No story about “volcanoes”");
  });
});
