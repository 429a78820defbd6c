import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BUNDLE, buildBundle, bundleIsStale, ROOT } from "../../scripts/build.js";
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

  it("leaves the platform SDKs and the PostgreSQL driver to chunks loaded only when configured", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "newsbrief-bundle-"));
    await buildBundle({ outdir });
    const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^import\s[^;]*?\sfrom\s"([^".][^"]*)";/gm)].map((m) => m[1]);
    const entry = imports(join(outdir, "newsbrief.js"));
    expect(entry).toContain("better-sqlite3");
    for (const lazy of ["discord.js", "@slack/bolt", "pg"]) expect(entry).not.toContain(lazy);
    const chunks = readdirSync(join(outdir, "chunks")).filter((name) => name.endsWith(".js"));
    const inChunks = chunks.flatMap((name) => imports(join(outdir, "chunks", name)));
    for (const lazy of ["discord.js", "@slack/bolt", "pg"]) expect(inChunks).toContain(lazy);
    expect(BUNDLE).toBe(join(ROOT, "dist", "newsbrief.js"));
  }, 60_000);

  it("counts as stale when missing or older than a source file, and fresh once built", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "newsbrief-bundle-"));
    const outfile = join(outdir, "newsbrief.js");
    expect(bundleIsStale(outfile)).toBe(true);
    expect(await buildBundle({ outdir })).toBe(outfile);
    expect(bundleIsStale(outfile)).toBe(false);
    utimesSync(outfile, new Date(0), new Date(0));
    expect(bundleIsStale(outfile)).toBe(true);
  }, 60_000);
});
