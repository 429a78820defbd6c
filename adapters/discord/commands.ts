import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, REST, Routes } from "discord.js";
import type { RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPutAPIApplicationCommandsJSONBody } from "discord.js";
import { BRIEF_TOPIC, HELP_SUBCOMMAND, QUOTES_SPEAKER } from "./command-options.js";
import { DIGEST_COMMAND } from "./digest-command.js";
import { restOptions, type DiscordAdapterConfig } from "./config.js";

export { BRIEF_TOPIC, HELP_SUBCOMMAND, QUOTES_SPEAKER };

type ChatInputCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A slash command usable in servers and in the bot's DMs, installed with the bot (not per user). */
function chatInput(command: Omit<ChatInputCommand, "type" | "contexts" | "integration_types">): ChatInputCommand {
  return {
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    ...command,
  };
}

/** The slash commands, as Discord's bulk-overwrite route takes them. Interactions need no gateway intent at all. */
export const DISCORD_COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  chatInput({
    name: "brief",
    description: "A news briefing: the summary and every quote with its speaker",
    options: [
      { type: ApplicationCommandOptionType.String, name: BRIEF_TOPIC, description: "A topic (afghanistan) or an article URL", required: true, max_length: 2_000 },
    ],
  }),
  chatInput({
    name: "quotes",
    description: "Quotes from this channel's last briefing",
    options: [
      { type: ApplicationCommandOptionType.String, name: QUOTES_SPEAKER, description: "A name or role (maas), or a quote number; empty for all", required: false, max_length: 100 },
    ],
  }),
  chatInput({
    ...DIGEST_COMMAND,
    // Only members who may manage the channel see /digest by default; server admins can widen it per role or
    // channel in Server Settings > Integrations (Discord's own permission UI, nothing for newsbrief to store).
    default_member_permissions: String(PermissionFlagsBits.ManageChannels),
  }),
  chatInput({
    name: "newsbrief",
    description: "About newsbrief",
    options: [{ type: ApplicationCommandOptionType.Subcommand, name: HELP_SUBCOMMAND, description: "What newsbrief can do, with examples" }],
  }),
];

/** What `newsbrief discord:register` did. */
export interface RegisteredCommands {
  scope: "global" | "guild";
  /** The REST route written, e.g. "/applications/1/guilds/2/commands". */
  route: string;
  names: string[];
}

/**
 * Replaces the application's slash commands with {@link DISCORD_COMMANDS} (one idempotent PUT): in one
 * server when `guildId` is set (visible at once, for development), else globally.
 */
export async function registerDiscordCommands(
  config: Pick<DiscordAdapterConfig, "token" | "applicationId" | "guildId" | "apiUrl" | "retries" | "requestTimeoutMs">,
): Promise<RegisteredCommands> {
  const rest = new REST(restOptions(config)).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body: DISCORD_COMMANDS })) as { name: string }[];
  return { scope: config.guildId ? "guild" : "global", route, names: saved.map((command) => command.name) };
}
