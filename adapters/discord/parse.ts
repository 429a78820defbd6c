import type { Command } from "../../src/chat/command.js";
import { discordChannelRef } from "./channel-ref.js";
import { BRIEF_TOPIC, HELP_SUBCOMMAND, QUOTES_SPEAKER } from "./command-options.js";
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
  user: { id: string };
  options: { readonly data: readonly DiscordOption[] };
}

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

function stringOption(options: readonly DiscordOption[], name: string): string {
  const value = options.find((option) => option.name === name)?.value;
  return typeof value === "string" ? value.trim() : "";
}
