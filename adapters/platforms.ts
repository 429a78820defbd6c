import type { ChatAdapter } from "../src/chat/chat-adapter.js";
import type { Config } from "../src/config.js";

/**
 * The chat platforms whose credentials are configured, one line per platform (matterbridge style).
 * Adapters never import each other; only this file knows them all. Each platform's code and SDK is loaded
 * only when it is configured: discord.js alone holds about 40 MB and Bolt 10 MB, which the terminal chat
 * and every CLI command would otherwise carry (the build keeps them in chunks of their own).
 */
export async function configuredPlatforms(config: Config): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (config.slack) adapters.push((await import("./slack/index.js")).createSlackAdapter(config.slack));
  if (config.discord) adapters.push((await import("./discord/index.js")).createDiscordAdapter(config.discord));
  return adapters;
}
