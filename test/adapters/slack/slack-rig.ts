// The real Slack adapter (Bolt, web-api) wired to the fake Slack, with helpers that act as Slack would.
import { randomUUID } from "node:crypto";
import { createSlackAdapter, NO_RETRY_POLICY } from "../../../adapters/slack/index.js";
import type { SlackAdapter, SlackAdapterConfig } from "../../../adapters/slack/index.js";
import type { CommandHandler } from "../../../src/chat/chat-adapter.js";
import { FakeSlack } from "../../fakes/fake-slack.js";
import type { SlackRequest } from "../../fakes/fake-slack.js";
import { postToApp, signedHeaders, slashCommandBody, waitFor } from "../../fakes/fake-slack-requests.js";
import type { BoltAnswer, SignOptions } from "../../fakes/fake-slack-requests.js";

export const SIGNING_SECRET = "test-signing-secret";
export const BOT_TOKEN = "xoxb-test-bot-token";
export const APP_TOKEN = "xapp-test-app-token";

export interface SlackRig {
  fake: FakeSlack;
  adapter: SlackAdapter;
  /** HTTP mode: where Bolt listens. */
  port: number;
  /** Sends a signed slash command (from user U1 unless `user`); `responseId` names its response_url in the fake. */
  command(command: string, text: string, sign?: SignOptions, user?: string): Promise<{ answer: BoltAnswer; responseId: string }>;
  /** Posts any signed body to the app. */
  deliver(body: string, sign?: SignOptions): Promise<BoltAnswer>;
  /** Waits for the first post to a response_url, then for the reply's further parts to stop arriving. */
  replies(responseId: string, timeoutMs?: number): Promise<SlackRequest[]>;
  close(): Promise<void>;
}

export async function startSlackRig(handler: CommandHandler, config: Partial<SlackAdapterConfig> = {}): Promise<SlackRig> {
  const fake = await FakeSlack.start();
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: "127.0.0.1",
    apiUrl: fake.apiUrl,
    retry: NO_RETRY_POLICY,
    logLevel: "error",
    ...config,
  });
  await adapter.start(handler);
  const port = adapter.listeningPort() ?? 0;
  const deliver = (body: string, sign?: SignOptions) => postToApp(port, body, signedHeaders(SIGNING_SECRET, body, sign));
  return {
    fake,
    adapter,
    port,
    deliver,
    async command(command, text, sign, user) {
      const responseId = randomUUID();
      const answer = await deliver(slashCommandBody({ command, text, responseUrl: fake.responseUrl(responseId), ...(user ? { user } : {}) }), sign);
      return { answer, responseId };
    },
    async replies(responseId, timeoutMs = 5_000) {
      await waitFor(() => (fake.responses(responseId).length > 0 ? true : undefined), timeoutMs, `a reply on response_url ${responseId}`);
      let count = 0;
      while (fake.responses(responseId).length !== count) {
        count = fake.responses(responseId).length;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return fake.responses(responseId);
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
