// What a button carries from render.ts to parse.ts: the command it runs. Slack echoes the value back
// unchanged in the signed block_actions payload, so it needs no signature of its own, only validation.
import type { ReplyAction } from "../../src/chat/reply.js";
import { LIMITS } from "./blocks.js";

/** Every newsbrief button's action_id starts with this, so one listener serves them all. */
export const ACTION_ID_PREFIX = "newsbrief_";
export const ACTION_ID_PATTERN = /^newsbrief_/;

export type ButtonCommand = Pick<ReplyAction, "command" | "argument">;

/** `{"command":"quotes","argument":"Heiko Maas"}`, or undefined when it would not fit Slack's 2,000 characters. */
export function encodeActionValue(action: ButtonCommand): string | undefined {
  const value = JSON.stringify({ command: action.command, argument: action.argument });
  return value.length <= LIMITS.buttonValue ? value : undefined;
}

/** The command a button asked for; undefined for anything that is not a value we wrote. */
export function decodeActionValue(value: string | undefined): ButtonCommand | undefined {
  if (!value || value.length > LIMITS.buttonValue) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { command, argument } = parsed as Record<string, unknown>;
  if (command !== "quotes" || typeof argument !== "string") return undefined;
  return { command, argument };
}
