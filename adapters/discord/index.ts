import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Routes, type APIUser, type Interaction } from "discord.js";
import type { ChatAdapter, CommandHandler } from "../../src/chat/chat-adapter.js";
import { answerInteraction } from "./answer-interaction.js";
import { restOptions, type DiscordAdapterConfig } from "./config.js";
import { describeError } from "./errors.js";
import { findDelivery } from "./find-delivery.js";
import { parseButton, parseSlashCommand } from "./parse.js";
import { postReply } from "./post-message.js";

export type { DiscordAdapterConfig } from "./config.js";
export { DISCORD_API_DEFAULT } from "./config.js";
export { ChannelUnavailableError } from "./errors.js";
export { DISCORD_COMMANDS, registerDiscordCommands, type RegisteredCommands } from "./commands.js";
export { renderDiscordReply, type DiscordMessage } from "./render.js";

/**
 * The Discord adapter: a discord.js gateway client with the Guilds intent only (slash commands and
 * buttons arrive as interactions, which need no privileged intent), and REST for unprompted posts.
 */
export function createDiscordAdapter(config: DiscordAdapterConfig): ChatAdapter {
  const log = config.log ?? ((line: string) => process.stderr.write(`[discord] ${line}\n`));
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: restOptions(config),
    // The default for anything sent through the client; every payload also sets it explicitly.
    allowedMentions: { parse: [], repliedUser: false },
  });
  // Posting needs no gateway session: scheduled digests can go out from a process that never calls start().
  client.rest.setToken(config.token);
  client.on(Events.Error, (error) => log(`client error: ${describeError(error)}`));
  const pending = new Set<Promise<void>>();
  // The bot's user id, to recognise its own messages in a channel's history: known once logged in, else asked once.
  let self: Promise<string> | undefined;
  const botUserId = (): Promise<string> => {
    if (client.user) return Promise.resolve(client.user.id);
    self ??= (client.rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
    self.catch(() => (self = undefined)); // a failed lookup is asked again next time
    return self;
  };

  function onInteraction(interaction: Interaction, onCommand: CommandHandler): void {
    let command;
    if (interaction.isChatInputCommand()) command = parseSlashCommand(interaction);
    else if (interaction.isButton()) command = parseButton(interaction);
    else return;
    const job = answerInteraction(interaction, command, onCommand, log)
      .catch((error: unknown) => log(`could not answer an interaction: ${describeError(error)}`))
      .finally(() => pending.delete(job));
    pending.add(job);
  }

  return {
    platform: "discord",

    async start(onCommand) {
      client.on(Events.InteractionCreate, (interaction) => onInteraction(interaction, onCommand));
      const ready = once(client, Events.ClientReady);
      await client.login(config.token);
      if (!client.isReady()) await ready;
      log(`connected as ${client.user?.tag ?? "unknown user"}`);
    },

    async stop() {
      await Promise.allSettled([...pending]);
      await client.destroy();
    },

    // Both need only REST: scheduled digests can go out from a process that never calls start().
    post: (target, reply, options) => postReply(client.rest, target, reply, options),
    findDelivery: (target, deliveryKey) => findDelivery(client.rest, botUserId, target, deliveryKey, log),
  };
}
