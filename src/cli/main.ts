import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { describeError, runBatch, type OutputFormat } from "./batch.js";
import { HELP_TEXT, VERSION } from "./help.js";
import { runIngest, runSearch, runSources } from "./library-commands.js";

/** The process's streams and environment, passed in so tests can drive the CLI without spawning it. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves when a running bot should stop. Default: SIGINT or SIGTERM. */
  shutdown?: Promise<unknown>;
}

/**
 * The commands that need the chat platforms. The core cannot import adapters (ADR 001), so the composition
 * root (adapters/main.ts) passes them in.
 */
export interface PlatformCommands {
  /** Runs the bot until it is stopped; returns the exit code. */
  start(config: Config, io: CliIo): Promise<number>;
  /** Registers the Discord slash commands (globally, or in DISCORD_GUILD_ID). */
  registerDiscord(config: Config, io: CliIo): Promise<number>;
}

const FORMATS = new Set<OutputFormat>(["text", "json", "markdown"]);

/** Entry point of the `newsbrief` command. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo, platform: PlatformCommands): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        sentences: { type: "string", short: "n" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return usageError(io, describeError(error));
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.version) return write(io.stdout, `newsbrief ${VERSION}\n`, 0);
  if (values.help || command === undefined || command === "help") return write(io.stdout, HELP_TEXT, 0);

  const format = values.format as OutputFormat;
  if (!FORMATS.has(format)) return usageError(io, `--format must be text, json or markdown, not "${values.format}"`);
  const sentences = values.sentences === undefined ? undefined : Number(values.sentences);
  if (sentences !== undefined && (!Number.isInteger(sentences) || sentences < 0 || sentences > 50)) {
    return usageError(io, `--sentences must be a whole number from 0 to 50, not "${values.sentences}"`);
  }
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) return write(io.stderr, `newsbrief: configuration: ${error.message}\n`, 2);
    throw error;
  }

  switch (command) {
    case "brief":
    case "quotes":
      if (inputs.length === 0) return usageError(io, `give ${command} a topic, a file, a URL or - for standard input`);
      return runBatch(command, inputs, { format, sentences }, io, config);
    case "ingest":
      if (inputs.length === 0) return usageError(io, "give ingest a feed URL, a page URL, a folder or a file");
      return runIngest(inputs, config, io);
    case "search":
      if (inputs.length === 0) return usageError(io, "give search a topic");
      return runSearch(inputs.join(" "), config, io);
    case "sources":
      return runSources(config, io);
    case "start":
      return platform.start(config, io);
    case "discord:register":
      return platform.registerDiscord(config, io);
    default:
      return usageError(io, `unknown command "${command}"`);
  }
}

function usageError(io: CliIo, message: string): number {
  return write(io.stderr, `newsbrief: ${message}\nRun \`newsbrief help\` for usage.\n`, 2);
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}
