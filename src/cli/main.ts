import { parseArgs } from "node:util";
import { describeError, runBatch, type OutputFormat } from "./batch.js";
import { HELP_TEXT, VERSION } from "./help.js";
import { runTerminalChat } from "./chat.js";

/** The process's streams, passed in so tests can drive the CLI without spawning it. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const FORMATS = new Set<OutputFormat>(["text", "json", "markdown"]);

/** Entry point of the `newsbrief` command. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo = process): Promise<number> {
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
  const sentences = values.sentences === undefined ? 3 : Number(values.sentences);
  if (!Number.isInteger(sentences) || sentences < 0 || sentences > 50) {
    return usageError(io, `--sentences must be a whole number from 0 to 50, not "${values.sentences}"`);
  }

  switch (command) {
    case "brief":
    case "quotes":
      if (inputs.length === 0) return usageError(io, `give ${command} a file, a URL or - for standard input`);
      return runBatch(command, inputs, { format, sentences }, io);
    case "start":
      return runTerminalChat(io);
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
