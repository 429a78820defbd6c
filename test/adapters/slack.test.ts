// The shared adapter contract, run against the real Bolt app and web-api client talking to the fake Slack.
import { randomUUID } from "node:crypto";
import type { CommandName } from "../../src/chat/command.js";
import { createCommandHandler } from "../../src/commands/handle-command.js";
import { FAKE_CHANNEL, FAKE_TEAM } from "../fakes/fake-slack.js";
import type { SlackRequest } from "../fakes/fake-slack.js";
import { blockActionBody, blockActionPayload } from "../fakes/fake-slack-requests.js";
import { sampleLibrary } from "../support/sample-library.js";
import { adapterContract } from "./contract.js";
import type { AdapterHarness } from "./contract.js";
import { startSlackRig } from "./slack/slack-rig.js";

const SLASH: Record<CommandName, [string, string]> = { brief: ["/brief", ""], quotes: ["/quotes", ""], help: ["/newsbrief", "help"] };

interface RenderedButton {
  action_id: string;
  value: string;
  text: { text: string };
}

adapterContract("slack", async (): Promise<AdapterHarness> => {
  const library = await sampleLibrary();
  const rig = await startSlackRig(createCommandHandler(library));
  const text = (requests: SlackRequest[]) => requests.map((r) => JSON.stringify(r.body)).join("\n");
  let lastActions: { blockId: string; buttons: RenderedButton[] } | undefined;

  return {
    adapter: rig.adapter,
    channel: `slack:${FAKE_TEAM}:${FAKE_CHANNEL}`,
    async send(name, argument) {
      const [command, prefix] = SLASH[name];
      const { answer, responseId } = await rig.command(command, `${prefix} ${argument}`.trim());
      if (answer.status !== 200) throw new Error(`Bolt answered ${answer.status}`);
      const replies = await rig.replies(responseId);
      for (const reply of replies) {
        const blocks = (reply.body.blocks ?? []) as { type: string; block_id?: string; elements?: RenderedButton[] }[];
        const actions = blocks.find((block) => block.type === "actions");
        if (actions?.elements && actions.block_id) lastActions = { blockId: actions.block_id, buttons: actions.elements };
      }
      return text(replies);
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
});
