// The Slack adapter: Bolt in HTTP mode (signed requests to /slack/events) or Socket Mode (app token, no public URL).
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import type { ChatAdapter, CommandHandler } from "../../src/chat/chat-adapter.js";
import type { SlackAdapterConfig } from "./config.js";
import { checkSlackConfig, normaliseApiUrl, PRODUCTION_RETRY_POLICY } from "./config.js";
import { findDelivery } from "./find-delivery.js";
import { createKeyedClient } from "./keyed-client.js";
import { registerListeners } from "./listeners.js";
import { postReply } from "./post-reply.js";

export type { SlackAdapterConfig, SlackRetryPolicy } from "./config.js";
export type { DeliverySearch } from "./find-delivery.js";
export { NO_RETRY_POLICY, PRODUCTION_RETRY_POLICY } from "./config.js";
export { ChannelUnavailableError } from "./errors.js";
export { renderSlackReply } from "./render.js";

export interface SlackAdapter extends ChatAdapter {
  readonly platform: "slack";
  /** HTTP mode: the port the events endpoint listens on once started (useful with `port: 0`). */
  listeningPort(): number | undefined;
}

const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  checkSlackConfig(config);
  const socketMode = Boolean(config.appToken);
  const retry = config.retry ?? PRODUCTION_RETRY_POLICY;
  const app = new App({
    token: config.botToken,
    ...(socketMode ? { socketMode: true, appToken: config.appToken } : { signingSecret: config.signingSecret }),
    logLevel: LOG_LEVELS[config.logLevel ?? "info"],
    // `auth.test` runs in start(), so a bad token fails there with Slack's reason rather than on the first command.
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: normaliseApiUrl(config.apiUrl),
      retryConfig: { retries: retry.retries, factor: 2, minTimeout: retry.minDelayMs, maxTimeout: retry.maxDelayMs, randomize: retry.retries > 0 },
    },
  });

  const keyedClient = createKeyedClient(config.botToken, normaliseApiUrl(config.apiUrl), app.logger);

  let handler: CommandHandler | undefined;
  let port: number | undefined;
  let started = false;
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): Promise<void> => {
    pending.add(work);
    return work.finally(() => pending.delete(work));
  };
  registerListeners(app, {
    handler: () => handler,
    track,
    logger: app.logger,
    parse: config.digestManagers === undefined ? {} : { digestManagers: config.digestManagers },
  });

  return {
    platform: "slack",
    async start(onCommand) {
      if (started) throw new Error("the Slack adapter is already started");
      handler = onCommand;
      await app.init();
      if (socketMode) {
        await app.start();
      } else {
        const server = await app.start({ port: config.port ?? 3000, ...(config.host ? { host: config.host } : {}) });
        port = (server.address() as AddressInfo | null)?.port;
      }
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop(); // no new commands from here on
      await Promise.allSettled([...pending]);
      port = undefined;
    },
    // Posting and looking up deliveries need only the Web API client: a process that never calls start() can do both.
    post: (target, reply, options) => postReply(options?.deliveryKey === undefined ? app.client : keyedClient, target, reply, options),
    findDelivery: (target, deliveryKey) => findDelivery(app.client, app.logger, target, deliveryKey, config.deliverySearch),
    listeningPort: () => port,
  };
}
