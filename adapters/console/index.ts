import { createInterface } from "node:readline";
import type { ChatAdapter, CommandHandler, PostedRef } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { parseConsoleLine } from "./parse.js";
import { renderConsoleReply } from "./render.js";

export interface ConsoleAdapterConfig {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Printed once at start. */
  greeting?: string;
}

/** The console's one channel. */
export const CONSOLE_CHANNEL: ChannelRef = "console:local";

/**
 * A chat in the terminal: the built-in default when no platform token is set, and the contract suite's reference
 * adapter. `start` resolves once the chat is running; `closed` resolves when the user quits or input ends.
 */
export function createConsoleAdapter(config: ConsoleAdapterConfig): ChatAdapter & { closed: Promise<void> } {
  let finish: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (finish = resolve));
  let lines: ReturnType<typeof createInterface> | undefined;
  const say = (text: string) => config.output.write(`${text}\n`);
  let posted = 0;

  async function loop(onCommand: CommandHandler): Promise<void> {
    lines = createInterface({ input: config.input, terminal: false });
    for await (const line of lines) {
      const input = parseConsoleLine(line, CONSOLE_CHANNEL);
      if (input.kind === "quit") break;
      if (input.kind === "empty") continue;
      if (input.kind === "unknown") {
        say(`I don't know "${input.line}". Try /help.`);
        continue;
      }
      try {
        say(renderConsoleReply(await onCommand(input.command)));
      } catch (error) {
        say(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    finish();
  }

  return {
    platform: "console",
    closed,
    async start(onCommand) {
      if (config.greeting) say(config.greeting);
      void loop(onCommand);
    },
    async stop() {
      lines?.close();
      finish();
    },
    async post(target: ChannelRef, reply: Reply): Promise<PostedRef> {
      say(`[${target}] ${renderConsoleReply(reply)}`);
      posted += 1;
      return { channel: target, messageId: `console-${posted}` };
    },
    // The terminal keeps no history to look in: a resend after a crash prints the digest again.
    async findDelivery(): Promise<PostedRef | undefined> {
      return undefined;
    },
  };
}
