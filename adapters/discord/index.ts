import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Routes, type APIMessage, type Interaction } from "discord.js";
import type { ChatAdapter, CommandHandler, PostedRef } from "../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { answerInteraction } from "./answer-interaction.js";
import { discordChannelId } from "./channel-ref.js";
import { restOptions, type DiscordAdapterConfig } from "./config.js";
import { ChannelUnavailableError, channelPostError, describeError } from "./errors.js";
import { parseButton, parseSlashCommand } from "./parse.js";
import { renderDiscordReply } from "./render.js";

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

    async post(target: ChannelRef, reply: Reply): Promise<PostedRef> {
      const channelId = discordChannelId(target);
      if (!channelId) throw new ChannelUnavailableError(target, "not a Discord channel reference");
      let first: PostedRef | undefined;
      for (const message of renderDiscordReply(reply)) {
        let sent: APIMessage;
        try {
          // @discordjs/rest waits out a 429's Retry-After and sends again, so each message lands once.
          sent = (await client.rest.post(Routes.channelMessages(channelId), { body: message })) as APIMessage;
        } catch (error) {
          throw channelPostError(target, error);
        }
        first ??= { channel: target, messageId: sent.id };
      }
      if (!first) throw new Error("renderDiscordReply produced no message");
      return first;
    },
  };
}
