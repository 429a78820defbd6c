import type { ChannelRef, Command } from "../../src/chat/command.js";

/** What a typed line means: a command, a request to leave, or something we don't know. */
export type ConsoleInput = { kind: "command"; command: Command } | { kind: "quit" } | { kind: "unknown"; line: string } | { kind: "empty" };

const NAMES: Record<string, Command["name"]> = { brief: "brief", quotes: "quotes", digest: "digest", help: "help", newsbrief: "help" };

/** Parses a typed line: `/brief afghanistan`, `quotes maas` (the slash is optional), `/digest list`, `/quit`. */
export function parseConsoleLine(line: string, channel: ChannelRef): ConsoleInput {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "empty" };
  const match = /^\/?(\S+)\s*(.*)$/s.exec(trimmed);
  const word = match?.[1]?.toLowerCase() ?? "";
  if (word === "quit" || word === "exit") return { kind: "quit" };
  const name = NAMES[word];
  if (!name) return { kind: "unknown", line: trimmed };
  const argument = match?.[2]?.trim() ?? "";
  // "/brief help" and "/newsbrief help" are help, as on the chat platforms.
  if (name === "brief" && /^help$/i.test(argument)) return { kind: "command", command: { name: "help", argument: "", channel, userId: "console" } };
  const command: Command = { name, argument: name === "help" ? "" : argument, channel, userId: "console" };
  // The person at the terminal owns the bot: they may change the console channel's digests.
  if (name === "digest") command.canManageDigests = true;
  return { kind: "command", command };
}
