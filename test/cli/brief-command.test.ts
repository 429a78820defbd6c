import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, SAMPLE } from "../support/cli-io.js";

// Fetching 127.0.0.1 is refused (SSRF) unless the allow-list names it, as a deployment would.

const dir = mkdtempSync(join(tmpdir(), "newsbrief-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("newsbrief brief", () => {
  it("prints the sample briefing: headline once, summary, key quotes with speakers and roles", async () => {
    const { code, stdout } = await cli(["brief", SAMPLE]);
    expect(code).toBe(0);
    expect(stdout.split("Blinken says Taliban legitimacy will have to be ’earned’").length - 1).toBe(1);
    expect(stdout).toContain("Key quotes");
    expect(stdout).toContain("— Antony Blinken, U.S. Secretary of State");
    expect(stdout).toContain("• U.S. Secretary of State Antony Blinken warned on Sept. 8");
  });

  it("prints one JSON object per input, each naming its input, in the documented shape", async () => {
    const other = file("other.md", "# Council votes on budget\n\nThe council leader, Margaret Osei, said: \"We balanced it.\"\n");
    const { code, stdout } = await cli(["brief", "--format", "json", "--sentences", "2", SAMPLE, other]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.input)).toEqual([SAMPLE, other]);
    const [sample, council] = lines;
    expect(sample?.summary).toHaveLength(2);
    expect(Object.keys(sample ?? {})).toEqual(
      expect.arrayContaining(["headline", "sources", "summary", "keyQuotes", "quotes", "speakers", "words", "readingMinutes"]),
    );
    expect((sample?.quotes as unknown[]).length).toBe(10);
    expect(council?.headline).toBe("Council votes on budget");
    expect(council?.quotes).toEqual([
      expect.objectContaining({ text: "We balanced it.", speaker: expect.objectContaining({ name: "Margaret Osei" }) }),
    ]);
  });

  it("prints Markdown with article text escaped", async () => {
    const path = file("md.txt", "Stars *and* stripes\n\nThe [flag] flew <b>high</b> today. It was *bold*.\n");
    const { stdout } = await cli(["brief", "--format", "markdown", path]);
    expect(stdout.startsWith("# Stars \\*and\\* stripes")).toBe(true);
    expect(stdout).toContain("\\[flag\\] flew \\<b\\>high\\</b\\>");
  });

  it("briefs standard input and a URL served on 127.0.0.1", async () => {
    const fromStdin = await cli(["brief", "-"], "Storm hits coast\n\nA storm hit the coast on Monday. Roads closed.\n");
    expect(fromStdin.stdout).toContain("Storm hits coast");
    const html = `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>
      <p>The old bridge reopened on Friday after two years of repairs, the city said in a statement on its website.</p>
      <p>"It is safer than ever," said Mayor Ana Ruiz, who cut the ribbon in front of hundreds of residents.</p>
      <p>Traffic is expected to return to normal levels within a week, according to the transport department.</p>
      </article></body></html>`;
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
    const { code, stdout } = await cli(["brief", url], "", { NEWSBRIEF_FETCH_ALLOW: "127.0.0.1" });
    server.close();
    expect(code).toBe(0);
    expect(stdout).toContain("Bridge reopens");
    expect(stdout).toContain("— Ana Ruiz, Mayor");
  });
});

describe("newsbrief brief on bad input", () => {
  let big: string;
  beforeAll(() => {
    big = file("big.txt", "Headline of a huge file\n\n" + "This sentence repeats to make a very large article. ".repeat(200_000));
  });
  afterAll(() => undefined);

  it.each([
    ["empty.txt", "", /empty/i],
    ["blank.txt", "   \n\n  \t ", /empty/i],
    ["binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]), /binary/i],
    ["login.html", "<html><body><nav><a href='/'>Home</a></nav><form><input name=user></form></body></html>", /article/i],
  ])("%s gives a clear message, exit code 1, and no crash", async (name, content, message) => {
    const { code, stderr } = await cli(["brief", file(name, content)]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it("a missing file and an unreachable URL are reported; other inputs still print", async () => {
    const { code, stdout, stderr } = await cli(["brief", join(dir, "nope.txt"), "http://127.0.0.1:9/x", SAMPLE], "", { NEWSBRIEF_FETCH_ALLOW: "127.0.0.1" });
    expect(code).toBe(1);
    expect(stderr).toContain("no such file");
    expect(stderr).toMatch(/refused|could not/);
    expect(stdout).toContain("Blinken says Taliban legitimacy");
  });

  it("a headline alone, text without punctuation and a non-English article give minimal briefings", async () => {
    const alone = await cli(["brief", file("alone.txt", "Just a headline here\n")]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain("Just a headline here");
    const flat = await cli(["brief", file("flat.txt", "words without any punctuation ".repeat(400))]);
    expect(flat.code).toBe(0);
    const german = await cli(["quotes", file("de.txt", "Regierung tagt\n\n„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin.\n")]);
    expect(german.code).toBe(0);
  });

  it("a 10 MB text is briefed (or refused with a reason) without hanging", async () => {
    const { code, stdout, stderr } = await cli(["brief", big]);
    expect(code === 0 ? stdout : stderr).toMatch(code === 0 ? /Headline of a huge file/ : /limit|large/i);
  });

  it("rejects nonsense options and commands with usage help", async () => {
    expect((await cli(["brief", "--format", "xml", SAMPLE])).code).toBe(2);
    expect((await cli(["brief", "--sentences", "-4", SAMPLE])).code).toBe(2);
    expect((await cli(["frobnicate"])).stderr).toContain('unknown command "frobnicate"');
    expect((await cli(["brief"])).code).toBe(2);
    expect((await cli(["--help"])).stdout).toContain("newsbrief brief");
  });
});
