import type { ChatAdapter } from "../src/chat/chat-adapter.js";
import type { Config } from "../src/config.js";
import { createDiscordAdapter } from "./discord/index.js";
import { createSlackAdapter } from "./slack/index.js";

/**
 * The chat platforms whose credentials are configured, one line per platform (matterbridge style).
 * Adapters never import each other; only this file knows them all.
 */
export function configuredPlatforms(config: Config): ChatAdapter[] {
  const adapters: ChatAdapter[] = [];
  if (config.slack) adapters.push(createSlackAdapter(config.slack));
  if (config.discord) adapters.push(createDiscordAdapter(config.discord));
  return adapters;
}
