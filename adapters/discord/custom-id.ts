import type { ReplyAction } from "../../src/chat/reply.js";
import { DISCORD_LIMITS } from "./limits.js";

// A button's custom_id carries the whole command ("newsbrief:quotes:Antony Blinken"), so a press still
// works after a restart: no per-message state to keep or lose.
const PREFIX = "newsbrief:";
const COMMANDS: readonly ReplyAction["command"][] = ["quotes"];

function isActionCommand(name: string): name is ReplyAction["command"] {
  return (COMMANDS as readonly string[]).includes(name);
}

/** The custom_id for an action, at most 100 characters: a long argument is cut at a word, which `/quotes` still matches. */
export function encodeCustomId(action: Pick<ReplyAction, "command" | "argument">): string {
  const head = `${PREFIX}${action.command}:`;
  const room = DISCORD_LIMITS.customId - head.length;
  let argument = action.argument.trim();
  if (argument.length > room) {
    const cut = argument.lastIndexOf(" ", room);
    argument = argument.slice(0, cut > 0 ? cut : room).replace(/[\uD800-\uDBFF]$/, "");
  }
  return head + argument;
}

/** The action a custom_id encodes, or undefined for a custom_id that is not ours. */
export function decodeCustomId(customId: string): Pick<ReplyAction, "command" | "argument"> | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const rest = customId.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  const command = rest.slice(0, colon);
  if (colon < 0 || !isActionCommand(command)) return undefined;
  return { command, argument: rest.slice(colon + 1) };
}
