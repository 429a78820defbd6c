import { MessageFlags, type APIEmbed, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import type { CommandHandler } from "../../src/chat/chat-adapter.js";
import type { Command } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { describeError } from "./errors.js";
import type { DiscordMessage } from "./message.js";
import { renderDiscordReply } from "./render.js";

const UNKNOWN: Reply = { kind: "notice", tone: "info", title: "Unknown command", lines: ["Try `/newsbrief help`."] };
const FAILED: Reply = { kind: "notice", tone: "warning", title: "Something went wrong", lines: ["The request failed and was logged; please try again."] };

/**
 * Answers a slash command or a button press: defer first (Discord's 3-second deadline, whatever the
 * handler costs), then run the handler, edit the deferred reply into the first message and follow up
 * with the rest.
 *
 * Buttons defer a new public reply rather than `deferUpdate`: "All quotes" adds to the conversation, and
 * updating would replace the briefing the button sits on (and its other buttons) with the quotes.
 * `/digest` answers (lists, confirmations, previews) are only for the person who asked, as on Slack; the
 * choice is made at the defer, which fixes the visibility of the whole reply.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  command: Command | undefined,
  onCommand: CommandHandler,
  log: (line: string) => void,
): Promise<void> {
  const privately = command?.name === "digest";
  await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  let reply = UNKNOWN;
  if (command) {
    try {
      reply = await onCommand(command);
    } catch (error) {
      log(`handler failed for /${command.name}: ${describeError(error)}`);
      reply = FAILED;
    }
  }
  const [first, ...rest] = renderDiscordReply(reply);
  if (first) await interaction.editReply(toDiscordJs(first));
  for (const message of rest) await interaction.followUp(privately ? { ...toDiscordJs(message), flags: MessageFlags.Ephemeral } : toDiscordJs(message));
}

/** discord.js takes camelCase options and writes the same JSON body the REST post sends. */
function toDiscordJs(message: DiscordMessage): ReplyOptions {
  const options: ReplyOptions = { embeds: message.embeds, components: message.components, allowedMentions: { parse: [], repliedUser: false } };
  if (message.content !== undefined) options.content = message.content;
  return options;
}

/** What both `editReply` and `followUp` accept. */
interface ReplyOptions {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordMessage["components"];
  allowedMentions: { parse: never[]; repliedUser: false };
}
