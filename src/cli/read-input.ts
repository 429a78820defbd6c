import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ArticleInput } from "../articles/ingest.js";
import { fetchPage, formatBytes } from "../fetch/fetch-page.js";
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from "../fetch/fetch-policy.js";

/** Files larger than this are refused before reading: the CLI should never exhaust memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A CLI input that cannot be read, with the reason in plain words. */
export class InputError extends Error {
  override name = "InputError";
}

/** Turns a CLI argument (a file path, an http(s) URL, or "-" for standard input) into raw article input. */
export async function readInput(
  input: string,
  stdin: NodeJS.ReadableStream = process.stdin,
  policy: FetchPolicy = DEFAULT_FETCH_POLICY,
): Promise<ArticleInput> {
  if (input === "-") return { content: await readStream(stdin), source: { name: "standard input" } };
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, { policy });
    return { content: page.body, contentType: page.contentType, url: page.url, source: { name: new URL(page.url).hostname, url: page.url } };
  }
  const info = await stat(input).catch(() => {
    throw new InputError(`no such file: ${input}`);
  });
  if (info.isDirectory()) throw new InputError(`${input} is a folder; give an article file`);
  if (info.size > MAX_FILE_BYTES) throw new InputError(`${input} is ${formatBytes(info.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit`);
  return { content: await readFile(input), fileName: input, source: { name: basename(input) } };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.byteLength;
    if (total > MAX_FILE_BYTES) throw new InputError(`standard input is over the ${formatBytes(MAX_FILE_BYTES)} limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
