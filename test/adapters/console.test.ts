import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { CONSOLE_CHANNEL, createConsoleAdapter } from "../../adapters/console/index.js";
import { parseConsoleLine } from "../../adapters/console/parse.js";
import { renderConsoleReply } from "../../adapters/console/render.js";
import type { CommandHandler } from "../../src/chat/chat-adapter.js";
import type { Command } from "../../src/chat/command.js";
import { createCommandHandler } from "../../src/commands/handle-command.js";
import { sampleLibrary } from "../support/sample-library.js";
import { adapterContract, type AdapterHarness } from "./contract.js";
import { digestItem, digestReply, EMPTY_DIGEST } from "./digest-replies.js";

async function consoleHarness(): Promise<AdapterHarness> {
  const library = await sampleLibrary();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const adapter = createConsoleAdapter({ input, output });
  const handler = createCommandHandler(library);
  let replied: () => void = () => undefined;
  let last: Command | undefined;
  const tracked: CommandHandler = async (command) => {
    last = command;
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
    lastCommand: () => last,
    async close() {
      await adapter.stop();
      await library.close();
    },
  };
}

adapterContract("console", consoleHarness, { history: false, dedupesResend: false, channelsCanGo: false, nonManagers: false });

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

  it("parses /digest with its argument; the person at the terminal may manage digests", () => {
    expect(parseConsoleLine("/digest subscribe afghanistan daily 08:00", "console:local")).toEqual({
      kind: "command",
      command: { name: "digest", argument: "subscribe afghanistan daily 08:00", channel: "console:local", userId: "console", canManageDigests: true },
    });
    expect(parseConsoleLine("digest list", "c")).toMatchObject({ kind: "command", command: { name: "digest", argument: "list", canManageDigests: true } });
  });

  it("renders a digest as numbered stories with summary, quote, speaker and sources", () => {
    expect(renderConsoleReply(digestReply([digestItem()]))).toBe(
      [
        "Digest: bridges",
        "1 new stories since Mon 4 Mar, 08:00 UTC",
        "",
        "1. Villa council approves new bridge",
        "   The council voted 7-2 on Tuesday to rebuild the river bridge.",
        "   Work starts in May.",
        "   “We will rebuild the bridge before winter,”",
        "   — Ana Ruiz, Mayor of Villa",
        "   Villa Gazette, River Post · https://gazette.example/bridge",
      ].join("\n"),
    );
    expect(renderConsoleReply(EMPTY_DIGEST)).toBe("Digest: bridges\nNo new stories since Mon 4 Mar, 08:00 UTC\n\nNothing new on this topic since the last digest.");
    const hostile = renderConsoleReply(digestReply([digestItem({ headline: "a\u001b[2Jb", summary: ["\u0007"] })]));
    expect(hostile.includes("\u001b") || hostile.includes("\u0007")).toBe(false);
  });

  it("points to /quotes, not to the command line, under a briefing in the chat", async () => {
    const harness = await consoleHarness();
    const out = await harness.send("brief", "afghanistan");
    await harness.close();
    expect(out).toContain("quotes in all: type /quotes to see them");
    expect(out).not.toContain("newsbrief quotes");
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
