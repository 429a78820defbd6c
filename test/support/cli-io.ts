import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../src/cli/main.js";

/** Runs the CLI in-process with recorded streams; `stdin` feeds standard input. */
export async function cli(args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(args, { stdout, stderr, stdin: Readable.from([stdin]) });
  return { code, stdout: out, stderr: err };
}

export const SAMPLE = "briefings/blinken-taliban-legitimacy.txt";
