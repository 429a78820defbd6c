import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    expect(stdout).not.toContain("The library is empty");
  });

  it("started where there is no briefings folder, runs on an empty library and says how to fill it", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "newsbrief-nowhere-")), "briefings");
    const { code, stdout } = await cli(["start"], "/brief afghanistan\n/quit\n", { NEWSBRIEF_BRIEFINGS_DIR: missing });
    expect(code).toBe(0);
    expect(stdout).toContain("(0 articles in the library)");
    expect(stdout).toContain(`The library is empty: put article files (.txt, .md, .html) in ${missing}`);
    expect(stdout).toContain("No story about “afghanistan” among the 0 articles");
  });
});

describe("digests in the terminal chat", () => {
  it("lists the shipped digest file, subscribes, previews and unsubscribes", async () => {
    const script = ["/digest list", "/digest subscribe climate weekdays 07:30 Europe/Berlin", "/digest list", "/digest preview afghanistan", "/digest unsubscribe climate", "/quit"].join("\n");
    const { code, stdout } = await cli(["start"], script);
    expect(code).toBe(0);
    expect(stdout).toContain("`file:afghanistan:console:local` “afghanistan”: weekdays at 07:30 (Europe/Berlin)");
    expect(stdout).toMatch(/Subscribed: digest [0-9a-z]{6}/);
    expect(stdout).toContain("2 digests in this channel");
    expect(stdout).toContain("Preview: Digest: afghanistan");
    expect(stdout).toMatch(/Unsubscribed: digest [0-9a-z]{6}/);
  });

  it("refuses to start with an invalid digest file, naming the file, line and field", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsbrief-briefings-"));
    copyFileSync("briefings/blinken-taliban-legitimacy.txt", join(folder, "sample.txt"));
    writeFileSync(join(folder, "bad.digest.yml"), "topic: ukraine\ntargets: [console:local]\nschedule: fortnightly\n");
    const { code, stderr } = await cli(["start"], "/quit\n", { NEWSBRIEF_BRIEFINGS_DIR: folder });
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.digest\.yml:3: schedule: /);
  });
});
