import { stat } from "node:fs/promises";
import { ingestArticle } from "../articles/ingest.js";
import type { Config } from "../config.js";
import { briefTopic } from "../library/brief-topic.js";
import { openLibrary, type OpenLibrary } from "../library/open-library.js";
import { buildBriefing } from "../briefing/build-briefing.js";
import { extractQuotes } from "../quotes/extract-quotes.js";
import { analyse } from "../nlp/analyse.js";
import { briefingToJson, quotesToJson } from "./format-json.js";
import { formatBriefingMarkdown, formatQuotesMarkdown } from "./format-markdown.js";
import { formatBriefingText, formatQuotesText } from "./format-text.js";
import type { CliIo } from "./main.js";
import { readInput } from "./read-input.js";
import { renderTopicBriefing } from "./topic-output.js";

export type OutputFormat = "text" | "json" | "markdown";

export interface BatchOptions {
  format: OutputFormat;
  /** Exact summary length; undefined lets the ranker choose 2 or 3. */
  sentences: number | undefined;
}

/**
 * Runs `brief` or `quotes` over every input in turn. One bad input is reported and skipped; the others
 * still print. Exit code 1 when any input failed.
 */
export async function runBatch(
  command: "brief" | "quotes",
  inputs: string[],
  options: BatchOptions,
  io: CliIo,
  config: Config,
): Promise<number> {
  let failed = 0;
  let library: OpenLibrary | undefined;
  try {
    for (const [i, input] of inputs.entries()) {
      try {
        let output: string;
        if (command === "brief" && (await isTopic(input))) {
          library ??= await openLibrary(config);
          output = renderTopicBriefing(input, await briefTopic(library.store, input), options.format);
        } else {
          const article = ingestArticle(await readInput(input, io.stdin, config.fetchPolicy));
          output = command === "brief" ? renderBrief(input, article, options) : renderQuotes(input, article, options.format);
        }
        io.stdout.write(options.format !== "json" && i > 0 ? `\n${output}` : output);
      } catch (error) {
        failed++;
        const message = describeError(error);
        if (options.format === "json") io.stdout.write(`${JSON.stringify({ input, error: { code: errorCode(error), message } })}\n`);
        io.stderr.write(`newsbrief: ${input}: ${message}\n`);
      }
    }
  } finally {
    await library?.close();
  }
  return failed > 0 ? 1 : 0;
}

/** Anything that is not standard input, a URL, or a path to something is a topic to search the library for. */
async function isTopic(input: string): Promise<boolean> {
  if (input === "-" || /^https?:\/\//i.test(input)) return false;
  if (/[/\\]|\.(txt|md|markdown|html?)$/i.test(input)) return false;
  return (await stat(input).catch(() => undefined)) === undefined;
}

function renderBrief(input: string, article: Parameters<typeof buildBriefing>[0], options: BatchOptions): string {
  const briefing = buildBriefing(article, options.sentences === undefined ? {} : { sentences: options.sentences });
  if (options.format === "json") return `${JSON.stringify(briefingToJson(input, briefing))}\n`;
  if (options.format === "markdown") return formatBriefingMarkdown(briefing);
  return `${formatBriefingText(briefing)}\n`;
}

function renderQuotes(input: string, article: Parameters<typeof buildBriefing>[0], format: OutputFormat): string {
  const quotes = extractQuotes(analyse(article));
  if (format === "json") return `${JSON.stringify(quotesToJson(input, article.title, quotes))}\n`;
  if (format === "markdown") return formatQuotesMarkdown(article.title, quotes);
  return `${formatQuotesText(article.title, quotes)}\n`;
}

/** The message to show a user for any failure; unexpected errors keep their own message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.name : "error";
}
