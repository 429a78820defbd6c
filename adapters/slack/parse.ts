// Slack payloads -> neutral Commands, and the channel address format only this adapter reads.
import type { ChannelRef, Command, CommandName } from "../../src/chat/command.js";
import { ACTION_ID_PATTERN, decodeActionValue } from "./action-value.js";

/** The fields of a slash command payload newsbrief reads (Bolt's `SlashCommand` has them all). */
export interface SlashCommandPayload {
  command: string;
  text: string;
  team_id: string;
  channel_id: string;
  user_id: string;
}

/** The fields of a block_actions payload newsbrief reads (Bolt's `BlockAction` has them all). */
export interface BlockActionPayload {
  team: { id: string } | null;
  user: { id: string; team_id?: string };
  channel?: { id: string };
}

export interface PressedButton {
  action_id: string;
  value?: string;
}

const SLACK_ID = /^[A-Z0-9]{2,32}$/;
const CHANNEL_REF = /^slack:([A-Z0-9]{2,32}):([A-Z0-9]{2,32})$/;
const SUBCOMMANDS: Record<string, CommandName> = { brief: "brief", quotes: "quotes", digest: "digest", help: "help" };

/** What decides who may change a channel's digests. */
export interface ParseOptions {
  /**
   * Slack user ids allowed to change digests (SLACK_DIGEST_MANAGERS). Undefined: everyone in the channel,
   * as with Slack's own /feed. Listing and previewing are for everyone either way (the handler decides).
   */
  digestManagers?: readonly string[];
}

/** `slack:T123:C456`: the workspace and the channel, which is all `chat.postMessage` needs. */
export function slackChannelRef(teamId: string, channelId: string): ChannelRef | undefined {
  return SLACK_ID.test(teamId) && SLACK_ID.test(channelId) ? `slack:${teamId}:${channelId}` : undefined;
}

export function parseSlackChannelRef(ref: ChannelRef): { teamId: string; channelId: string } | undefined {
  const match = CHANNEL_REF.exec(ref);
  return match?.[1] && match[2] ? { teamId: match[1], channelId: match[2] } : undefined;
}

/**
 * `/brief <topic|URL>`, `/quotes [who|number]`, `/digest <subscribe|list|unsubscribe|preview> …`, and
 * `/newsbrief <brief|quotes|digest|help> …` (a bare topic after `/newsbrief` means brief; nothing means help).
 * Undefined for a command this app does not own.
 */
export function parseSlashCommand(payload: SlashCommandPayload, options: ParseOptions = {}): Command | undefined {
  const channel = slackChannelRef(payload.team_id, payload.channel_id);
  if (!channel) return undefined;
  const text = unescapeSlack(payload.text ?? "").trim();
  const base = { channel, userId: payload.user_id };
  const digest = (argument: string): Command => ({ ...base, name: "digest", argument, canManageDigests: mayManage(payload.user_id, options) });
  switch (payload.command) {
    case "/brief":
      return { ...base, name: "brief", argument: text };
    case "/quotes":
      return { ...base, name: "quotes", argument: text };
    case "/digest":
      return digest(text);
    case "/newsbrief": {
      const [first = "", ...rest] = text.split(/\s+/);
      const sub = SUBCOMMANDS[first.toLowerCase()];
      if (text === "") return { ...base, name: "help", argument: "" };
      if (sub === "digest") return digest(rest.join(" "));
      return sub ? { ...base, name: sub, argument: rest.join(" ") } : { ...base, name: "brief", argument: text };
    }
    default:
      return undefined;
  }
}

function mayManage(userId: string, options: ParseOptions): boolean {
  return options.digestManagers === undefined || options.digestManagers.includes(userId);
}

/** A press on one of the buttons render.ts made; undefined for any other action or a value we did not write. */
export function parseBlockAction(body: BlockActionPayload, button: PressedButton): Command | undefined {
  if (!ACTION_ID_PATTERN.test(button.action_id)) return undefined;
  const wanted = decodeActionValue(button.value);
  // Org-wide installs send `team: null`; the presser's own workspace is the one the channel lives in.
  const teamId = body.team?.id ?? body.user.team_id;
  const channel = teamId && body.channel ? slackChannelRef(teamId, body.channel.id) : undefined;
  if (!wanted || !channel) return undefined;
  return { name: wanted.command, argument: wanted.argument, channel, userId: body.user.id, viaButton: true };
}

/** Slack sends `&`, `<` and `>` in command text as entities; the core wants what the user typed. */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
