import { createDiscordAdapter } from "../../../adapters/discord/index.js";
import { renderDiscordReply } from "../../../adapters/discord/render.js";
import type { ChatAdapter, CommandHandler } from "../../../src/chat/chat-adapter.js";
import type { Command, CommandName } from "../../../src/chat/command.js";
import { createCommandHandler } from "../../../src/commands/handle-command.js";
import { type DiscordRequest, FakeDiscord } from "../../fakes/fake-discord.js";
import { buttonInteraction, messageObject, type OptionPayload, slashInteraction } from "../../fakes/fake-discord-payloads.js";
import { sampleLibrary } from "../../support/sample-library.js";
import type { AdapterHarness } from "../contract.js";

export const CHANNEL_ID = "600000000000000006";
export const TOKEN = "fake-bot-token-never-logged";
/** Every permission but Administrator (1 << 3) and Manage Channels (1 << 4). */
export const NO_MANAGE_CHANNELS = String(2147483647 - 8 - 16);

/** The contract harness plus what the Discord-specific tests look at. */
export interface DiscordHarness extends AdapterHarness {
  fake: FakeDiscord;
  adapter: ChatAdapter;
  /** Every line the adapter logged. */
  logs: string[];
  /** Dispatches a slash command; resolves with the id and token of the interaction (does not wait). */
  dispatch(name: CommandName, argument: string, permissions?: string): { id: string; token: string };
  /** Waits for the edit of the deferred reply and its follow-ups; resolves with their request bodies. */
  responses(token: string): Promise<DiscordRequest[]>;
}

/**
 * The real adapter (discord.js client, REST and gateway) against the fake Discord. With no handler,
 * it answers with the real command handler over the sample library.
 */
export async function discordHarness(handler?: CommandHandler): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start({ channels: [CHANNEL_ID] });
  const library = handler ? undefined : await sampleLibrary();
  const inner = handler ?? (library && createCommandHandler(library));
  if (!inner) throw new Error("unreachable: no handler and no library");
  // How many messages the last reply renders to: the edit plus that many minus one follow-ups to wait for.
  let lastCount = 1;
  let last: Command | undefined;
  const logs: string[] = [];
  const adapter = createDiscordAdapter({ token: TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl, retries: 0, log: (line) => logs.push(line) });
  await adapter.start(async (command) => {
    last = command;
    const reply = await inner(command);
    lastCount = renderDiscordReply(reply).length;
    return reply;
  });
  let serial = 0;

  const nextIds = () => {
    serial += 1;
    return { id: `80000000000000${String(serial).padStart(4, "0")}`, token: `interaction-token-${serial}` };
  };

  async function responses(token: string): Promise<DiscordRequest[]> {
    const webhook = `/webhooks/${fake.applicationId}/${token}`;
    const edit = await fake.waitFor((r) => r.method === "PATCH" && r.path === `${webhook}/messages/@original`);
    const count = lastCount; // the handler has returned once the edit is sent
    const followUps = () => fake.requests.filter((r) => r.method === "POST" && r.path === webhook);
    if (count > 1) await fake.waitFor(() => followUps().length >= count - 1);
    return [edit, ...followUps()];
  }

  const text = (requests: DiscordRequest[]) => JSON.stringify(requests.map((r) => r.body));

  function dispatch(name: CommandName, argument: string, permissions?: string): { id: string; token: string } {
    const ids = nextIds();
    const options = commandOptions(name, argument);
    fake.dispatchInteraction(slashInteraction({ ...ids, applicationId: fake.applicationId, channelId: CHANNEL_ID, ...options, ...(permissions ? { permissions } : {}) }));
    return ids;
  }

  return {
    adapter,
    fake,
    logs,
    channel: `discord:${CHANNEL_ID}`,
    dispatch,
    responses,
    async send(name, argument) {
      return text(await responses(dispatch(name, argument).token));
    },
    async press(label) {
      const message = [...fake.requests].reverse().find((r) => buttonsOf(r).some((b) => b.label.startsWith(label)));
      const button = message && buttonsOf(message).find((b) => b.label.startsWith(label));
      if (!message?.messageId || !button) throw new Error(`no button labelled "${label}" was delivered`);
      const ids = nextIds();
      const pressed = messageObject(message.messageId, CHANNEL_ID, fake.applicationId, message.body as Record<string, unknown>);
      fake.dispatchInteraction(buttonInteraction({ ...ids, applicationId: fake.applicationId, channelId: CHANNEL_ID, customId: button.custom_id, message: pressed }));
      return text(await responses(ids.token));
    },
    lastCommand: () => last,
    async sendAsNonManager(name, argument) {
      return text(await responses(dispatch(name, argument, NO_MANAGE_CHANNELS).token));
    },
    async postCount() {
      return fake.messages(CHANNEL_ID).length;
    },
    async goneChannel(how) {
      const id = how === "deleted" ? "610000000000000061" : "620000000000000062";
      fake.setChannelState(id, how === "deleted" ? "deleted" : "no-access");
      return `discord:${id}`;
    },
    async posted() {
      return text(fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages` && r.status === 200));
    },
    async close() {
      await adapter.stop();
      await fake.close();
      await library?.close();
    },
  };
}

/** The slash command's options as Discord sends them; `/digest` arguments become a subcommand with its options. */
function commandOptions(name: CommandName, argument: string): { name: string; options: OptionPayload[] } {
  switch (name) {
    case "help":
      return { name: "newsbrief", options: [{ name: "help", type: 1, options: [] }] };
    case "digest": {
      const [sub = "list", ...rest] = argument.split(" ");
      const first = { subscribe: "topic", unsubscribe: "id_or_topic", preview: "topic" }[sub];
      const options: OptionPayload[] = first && rest.length > 0 ? [{ name: first, type: 3, value: rest.join(" ") }] : [];
      return { name: "digest", options: [{ name: sub, type: 1, options }] };
    }
    default:
      return { name, options: argument ? [{ name: name === "brief" ? "topic" : "speaker", type: 3, value: argument }] : [] };
  }
}

interface RecordedButton {
  label: string;
  custom_id: string;
}

/** The buttons in a recorded message body. */
export function buttonsOf(request: DiscordRequest): RecordedButton[] {
  const body = request.body as { components?: { components?: RecordedButton[] }[] } | undefined;
  return (body?.components ?? []).flatMap((row) => row.components ?? []);
}
