import type { Command } from "../../src/chat/command.js";
import { discordChannelRef } from "./channel-ref.js";
import { BRIEF_TOPIC, DIGEST_SUBCOMMANDS, HELP_SUBCOMMAND, QUOTES_SPEAKER } from "./command-options.js";
import { decodeCustomId } from "./custom-id.js";

/** One option of a slash command as discord.js resolves it (`interaction.options.data`). */
export interface DiscordOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: readonly DiscordOption[];
}

/** The parts of a discord.js `ChatInputCommandInteraction` a command is made of (structural, so tests need no client). */
export interface SlashCommandEvent {
  commandName: string;
  channelId: string | null;
  /** Null in the bot's DMs. */
  guildId: string | null;
  user: { id: string };
  /** The member's permissions in the channel, overwrites applied (null outside a server). */
  memberPermissions: { readonly bitfield: bigint } | null;
  options: { readonly data: readonly DiscordOption[] };
}

// Discord's permission bits (permissions docs); literal so that parsing needs no SDK.
const ADMINISTRATOR = 1n << 3n;
const MANAGE_CHANNELS = 1n << 4n;

/** The parts of a discord.js `ButtonInteraction` a command is made of. */
export interface ButtonEvent {
  customId: string;
  channelId: string | null;
  user: { id: string };
}

/** `/brief topic:`, `/quotes speaker:`, `/newsbrief help` as a neutral command; undefined for anything else. */
export function parseSlashCommand(event: SlashCommandEvent): Command | undefined {
  if (!event.channelId) return undefined;
  const base = { channel: discordChannelRef(event.channelId), userId: event.user.id };
  const options = event.options.data;
  switch (event.commandName) {
    case "brief":
      return { ...base, name: "brief", argument: stringOption(options, BRIEF_TOPIC) };
    case "quotes":
      return { ...base, name: "quotes", argument: stringOption(options, QUOTES_SPEAKER) };
    case "digest": {
      const argument = digestArgument(options);
      return argument === undefined ? undefined : { ...base, name: "digest", argument, canManageDigests: mayManageDigests(event) };
    }
    case "newsbrief":
      return options.some((option) => option.name === HELP_SUBCOMMAND) ? { ...base, name: "help", argument: "" } : undefined;
    default:
      return undefined;
  }
}

/** A press on one of our buttons as the command its custom_id carries; undefined for a custom_id that is not ours. */
export function parseButton(event: ButtonEvent): Command | undefined {
  const action = decodeCustomId(event.customId);
  if (!action || !event.channelId) return undefined;
  return { name: action.command, argument: action.argument, channel: discordChannelRef(event.channelId), userId: event.user.id, viaButton: true };
}

/**
 * `/digest subscribe topic: schedule: timezone:` as "subscribe <topic> <schedule> <timezone>" (absent options
 * left out), the words users type on Slack, so one neutral parser serves both.
 */
function digestArgument(options: readonly DiscordOption[]): string | undefined {
  const [sub] = options;
  if (!sub || !Object.hasOwn(DIGEST_SUBCOMMANDS, sub.name)) return undefined;
  const names: readonly string[] = DIGEST_SUBCOMMANDS[sub.name as keyof typeof DIGEST_SUBCOMMANDS];
  const values = names.map((name) => stringOption(sub.options ?? [], name)).filter(Boolean);
  return [sub.name, ...values].join(" ");
}

/**
 * Manage Channels or Administrator in this channel, as Discord resolved them for the interaction. In the
 * bot's DMs the user is the whole audience, so they manage that channel's digests.
 */
function mayManageDigests(event: SlashCommandEvent): boolean {
  if (event.guildId === null) return true;
  const bits = event.memberPermissions?.bitfield ?? 0n;
  return (bits & (MANAGE_CHANNELS | ADMINISTRATOR)) !== 0n;
}

function stringOption(options: readonly DiscordOption[], name: string): string {
  const value = options.find((option) => option.name === name)?.value;
  return typeof value === "string" ? value.trim() : "";
}
