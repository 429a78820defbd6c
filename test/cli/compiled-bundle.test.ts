import { execFile } from "node:child_process";
import { mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildBundle, bundleIsStale, ROOT } from "../../scripts/build.js";
import { SAMPLE } from "../support/cli-io.js";

const run = promisify(execFile);

// What users run: bin/newsbrief.js and the esbuild bundle it imports (docs/adr/016), not the sources.
describe("the compiled bundle", () => {
  it("runs the CLI as bin/newsbrief.js does, building dist/newsbrief.js first when the sources are newer", async () => {
    const data = mkdtempSync(join(tmpdir(), "newsbrief-bundle-data-"));
    const { stdout } = await run(process.execPath, [join(ROOT, "bin", "newsbrief.js"), "quotes", SAMPLE, "--format", "json"], {
      cwd: ROOT,
      env: { ...process.env, NEWSBRIEF_DATA_DIR: data },
    });
    const answer = JSON.parse(stdout) as { input: string; quotes: Array<{ text: string; speaker: { name: string } | null }> };
    expect(answer.input).toBe(SAMPLE);
    expect(answer.quotes).toHaveLength(10);
    expect(answer.quotes[0]?.speaker?.name).toBe("Antony Blinken");
    const version = await run(process.execPath, [join(ROOT, "bin", "newsbrief.js"), "--version"], { cwd: ROOT });
    expect(version.stdout).toMatch(/^newsbrief \d+\.\d+\.\d+/);
  }, 60_000);

  it("counts as stale when missing or older than a source file, and fresh once built", async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), "newsbrief-bundle-")), "newsbrief.js");
    expect(bundleIsStale(outfile)).toBe(true);
    await buildBundle({ outfile });
    expect(bundleIsStale(outfile)).toBe(false);
    utimesSync(outfile, new Date(0), new Date(0));
    expect(bundleIsStale(outfile)).toBe(true);
  }, 60_000);
});
