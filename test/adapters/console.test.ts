import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { CONSOLE_CHANNEL, createConsoleAdapter } from "../../adapters/console/index.js";
import { parseConsoleLine } from "../../adapters/console/parse.js";
import { renderConsoleReply } from "../../adapters/console/render.js";
import type { CommandHandler } from "../../src/chat/chat-adapter.js";
import { createCommandHandler } from "../../src/commands/handle-command.js";
import { sampleLibrary } from "../support/sample-library.js";
import { adapterContract, type AdapterHarness } from "./contract.js";

async function consoleHarness(): Promise<AdapterHarness> {
  const library = await sampleLibrary();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const adapter = createConsoleAdapter({ input, output });
  const handler = createCommandHandler(library);
  let replied: () => void = () => undefined;
  const tracked: CommandHandler = async (command) => {
    const reply = await handler(command);
    setImmediate(replied); // after the adapter has written the reply
    return reply;
  };
  await adapter.start(tracked);
  let lastBriefing = "";
  const type = async (line: string) => {
    const before = text.length;
    const done = new Promise<void>((resolve) => (replied = resolve));
    input.write(`${line}\n`);
    await done;
    return text.slice(before);
  };
  return {
    adapter,
    channel: CONSOLE_CHANNEL,
    async send(name, argument) {
      const out = await type(`/${name} ${argument}`);
      if (name === "brief") lastBriefing = out;
      return out;
    },
    async press(label) {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const button = new RegExp(`\\[${escaped}[^\\]]*\\] = (/quotes[^\\[\\n]*)`).exec(lastBriefing);
      if (!button?.[1]) throw new Error(`no button "${label}" on the last briefing`);
      return type(button[1].trim());
    },
    async posted() {
      return text;
    },
    async close() {
      await adapter.stop();
      await library.close();
    },
  };
}

adapterContract("console", consoleHarness);

describe("console adapter", () => {
  it("parses typed lines with or without the slash", () => {
    expect(parseConsoleLine("/brief  afghanistan ", "console:local")).toEqual({
      kind: "command",
      command: { name: "brief", argument: "afghanistan", channel: "console:local", userId: "console" },
    });
    expect(parseConsoleLine("quotes maas", "c")).toMatchObject({ kind: "command", command: { name: "quotes", argument: "maas" } });
    expect(parseConsoleLine("/brief help", "c")).toMatchObject({ kind: "command", command: { name: "help" } });
    expect(parseConsoleLine("/quit", "c")).toEqual({ kind: "quit" });
    expect(parseConsoleLine("/dance", "c")).toEqual({ kind: "unknown", line: "/dance" });
    expect(parseConsoleLine("   ", "c")).toEqual({ kind: "empty" });
  });

  it("shows terminal control characters from an article as inert text", () => {
    const out = renderConsoleReply({ kind: "notice", tone: "info", title: "t\u001b[2Jx", lines: ["a\u0007b"] });
    expect(out.includes("\u001b") || out.includes("\u0007")).toBe(false);
  });

  it("answers a nonsense line helpfully and ends when input ends", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk: Buffer) => (text += chunk.toString()));
    const adapter = createConsoleAdapter({ input, output, greeting: "hello" });
    await adapter.start(async () => ({ kind: "notice", tone: "info", title: "ok", lines: [] }));
    input.end("/dance\n");
    await adapter.closed;
    expect(text).toBe('hello\nI don\'t know "/dance". Try /help.\n');
  });
});
