// Slash commands and button presses: acknowledge Slack first (its deadline is 3 s), then let the handler
// take as long as it needs and deliver through the response_url.
import type { App, BlockAction, ButtonAction, Logger, RespondFn } from "@slack/bolt";
import type { CommandHandler } from "../../src/chat/chat-adapter.js";
import type { Command } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { ACTION_ID_PATTERN } from "./action-value.js";
import { parseBlockAction, parseSlashCommand } from "./parse.js";
import type { ParseOptions } from "./parse.js";
import { renderSlackReply } from "./render.js";
import type { SlackMessage } from "./render.js";

export interface ListenerDeps {
  /** The handler given to `start`; commands only arrive after it. */
  handler: () => CommandHandler | undefined;
  /** Keeps the reply's work visible to `stop`, which finishes it before disconnecting. */
  track: (work: Promise<void>) => Promise<void>;
  logger: Logger;
  /** Who may change digests (the allow-list). */
  parse: ParseOptions;
}

const WORKING = { response_type: "ephemeral" as const, text: "Working on it…" };
/** Slack accepts at most 5 posts to one response_url (within 30 minutes). */
const RESPONSE_URL_USES = 5;
const FAILED: Reply = { kind: "notice", tone: "warning", title: "Something went wrong", lines: ["newsbrief could not answer this time. Try again in a minute."] };

export function registerListeners(app: App, deps: ListenerDeps): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    const parsed = parseSlashCommand(command, deps.parse);
    if (!parsed) {
      await ack({ response_type: "ephemeral", text: "newsbrief does not know this command. Try `/newsbrief help`." });
      return;
    }
    // Only /brief can be slow (it may fetch a page); the others answer within moments.
    await ack(parsed.name === "brief" && parsed.argument !== "" ? WORKING : undefined);
    await deps.track(answer(parsed, respond, deps));
  });

  app.action<BlockAction<ButtonAction>>({ type: "block_actions", action_id: ACTION_ID_PATTERN }, async ({ ack, body, action, respond }) => {
    await ack();
    const parsed = parseBlockAction(body, action);
    if (parsed) await deps.track(answer(parsed, respond, deps));
  });
}

/**
 * Runs the handler and delivers every message of its reply. Briefings and quotes are for the channel;
 * notices (help, no match, errors) and `/digest` answers only for the person who asked.
 */
async function answer(command: Command, respond: RespondFn, deps: ListenerDeps): Promise<void> {
  let reply: Reply;
  try {
    const handler = deps.handler();
    if (!handler) throw new Error("the adapter is not started");
    reply = await handler(command);
  } catch (error) {
    deps.logger.error(`newsbrief: /${command.name} failed: ${messageOf(error)}`);
    reply = FAILED;
  }
  // Digest lists, confirmations and previews are for the person managing them, like notices.
  const response_type = reply.kind === "notice" || command.name === "digest" ? "ephemeral" : "in_channel";
  try {
    for (const message of withinResponseUrlUses(renderSlackReply(reply))) await respond({ ...message, response_type, replace_original: false });
  } catch (error) {
    // An expired response_url (30 min, 5 uses) or Slack refusing the payload: nothing left to tell the user through.
    deps.logger.error(`newsbrief: could not deliver the /${command.name} reply: ${messageOf(error)}`);
  }
}

/** A reply too long for the response_url's 5 posts ends with a pointer to narrower questions instead. */
function withinResponseUrlUses(messages: SlackMessage[]): SlackMessage[] {
  if (messages.length <= RESPONSE_URL_USES) return messages;
  const rest = messages.length - (RESPONSE_URL_USES - 1);
  const [note] = renderSlackReply({
    kind: "notice",
    tone: "info",
    title: `${rest} more messages not shown`,
    lines: ["Slack takes 5 messages per answer. Ask for one speaker (`/quotes <name>`) or one quote (`/quotes <number>`)."],
  });
  return note ? [...messages.slice(0, RESPONSE_URL_USES - 1), note] : messages.slice(0, RESPONSE_URL_USES);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
