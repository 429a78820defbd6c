import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { main } from "../../adapters/main.js";

/**
 * Runs the CLI in-process, as `bin/newsbrief.js` does, with recorded streams; `stdin` feeds standard input.
 * Each call gets a fresh data folder unless `env` names one, so tests never share a library by accident.
 */
export async function cli(
  args: string[],
  stdin = "",
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const fullEnv = { NEWSBRIEF_DATA_DIR: mkdtempSync(join(tmpdir(), "newsbrief-cli-data-")), ...env };
  const code = await main(args, { stdout, stderr, stdin: Readable.from([stdin]), env: fullEnv });
  return { code, stdout: out, stderr: err };
}

export const SAMPLE = "briefings/blinken-taliban-legitimacy.txt";
