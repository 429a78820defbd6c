// The shared adapter contract, run against the real Bolt app and web-api client talking to the fake Slack.
import { randomUUID } from "node:crypto";
import type { Command, CommandName } from "../../src/chat/command.js";
import { createCommandHandler } from "../../src/commands/handle-command.js";
import { FAKE_CHANNEL, FAKE_TEAM } from "../fakes/fake-slack.js";
import type { SlackRequest } from "../fakes/fake-slack.js";
import { blockActionBody, blockActionPayload } from "../fakes/fake-slack-requests.js";
import { sampleLibrary } from "../support/sample-library.js";
import { adapterContract } from "./contract.js";
import type { AdapterHarness } from "./contract.js";
import { startSlackRig } from "./slack/slack-rig.js";

const SLASH: Record<CommandName, [string, string]> = { brief: ["/brief", ""], quotes: ["/quotes", ""], digest: ["/digest", ""], help: ["/newsbrief", "help"] };

interface RenderedButton {
  action_id: string;
  value: string;
  text: { text: string };
}

adapterContract("slack", slackHarness, { history: true, dedupesResend: false, channelsCanGo: true, nonManagers: true });

async function slackHarness(): Promise<AdapterHarness> {
  const library = await sampleLibrary();
  const handler = createCommandHandler(library);
  let last: Command | undefined;
  // U1 (every harness command's user) may manage digests; U2 may not.
  const rig = await startSlackRig(
    async (command) => {
      last = command;
      return handler(command);
    },
    { digestManagers: ["U1"] },
  );
  const text = (requests: SlackRequest[]) => requests.map((r) => JSON.stringify(r.body)).join("\n");
  let lastActions: { blockId: string; buttons: RenderedButton[] } | undefined;

  async function send(name: CommandName, argument: string, user?: string): Promise<string> {
    const [command, prefix] = SLASH[name];
    const { answer, responseId } = await rig.command(command, `${prefix} ${argument}`.trim(), undefined, user);
    if (answer.status !== 200) throw new Error(`Bolt answered ${answer.status}`);
    const replies = await rig.replies(responseId);
    for (const reply of replies) {
      const blocks = (reply.body.blocks ?? []) as { type: string; block_id?: string; elements?: RenderedButton[] }[];
      const actions = blocks.find((block) => block.type === "actions");
      if (actions?.elements && actions.block_id) lastActions = { blockId: actions.block_id, buttons: actions.elements };
    }
    return text(replies);
  }

  return {
    adapter: rig.adapter,
    channel: `slack:${FAKE_TEAM}:${FAKE_CHANNEL}`,
    send: (name, argument) => send(name, argument),
    sendAsNonManager: (name, argument) => send(name, argument, "U2"),
    lastCommand: () => last,
    async postCount() {
      return rig.fake.messages(FAKE_CHANNEL).length;
    },
    async goneChannel(how) {
      const channel = how === "deleted" ? "CDELETED" : "CREMOVED";
      rig.fake.setChannelState(channel, how === "deleted" ? "deleted" : "bot-removed");
      return `slack:${FAKE_TEAM}:${channel}`;
    },
    async press(label) {
      const button = lastActions?.buttons.find((b) => b.text.text.startsWith(label));
      if (!lastActions || !button) throw new Error(`no button "${label}" on the last briefing`);
      const responseId = randomUUID();
      const answer = await rig.deliver(blockActionBody(blockActionPayload(button, lastActions.blockId, rig.fake.responseUrl(responseId))));
      if (answer.status !== 200) throw new Error(`Bolt answered ${answer.status}`);
      return text(await rig.replies(responseId));
    },
    async posted() {
      return text(rig.fake.calls("chat.postMessage").filter((r) => r.status === 200 && r.body.channel === FAKE_CHANNEL));
    },
    async close() {
      await rig.close();
      await library.close();
    },
  };
}
