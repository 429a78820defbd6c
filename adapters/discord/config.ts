import type { RESTOptions } from "discord.js";

/** Discord's own REST base; `/v10` is appended by the client. */
export const DISCORD_API_DEFAULT = "https://discord.com/api";

/**
 * What the Discord adapter needs; the app parses it from the environment (names in brackets).
 * @example { token: process.env.DISCORD_TOKEN, applicationId: "1234", guildId: "5678" }
 */
export interface DiscordAdapterConfig {
  /** [DISCORD_TOKEN] The bot token. Sent only as the Authorization header; never logged. */
  token: string;
  /** [DISCORD_APPLICATION_ID] The application whose slash commands are registered. */
  applicationId: string;
  /** [DISCORD_GUILD_ID] Register commands in this one server (instant) instead of globally. Default: global. */
  guildId?: string;
  /** [DISCORD_API_URL] REST base including `/api` (a REST proxy, or a local fake in tests). Default {@link DISCORD_API_DEFAULT}. */
  apiUrl?: string;
  /** Retries of a request that failed with a 5xx or a network error; 429s are always waited out. Default 3 (use 0 against a fake). */
  retries?: number;
  /** How long one REST request may take, in ms. Default 15,000. */
  requestTimeoutMs?: number;
  /**
   * [DISCORD_GLOBAL_REQUESTS_PER_SECOND] This process's share of Discord's global limit (50 requests/s per bot).
   * discord.js paces each process alone, so N instances sharing one token should each take 50/N, or together
   * they overrun it and collect global 429s (which count toward Discord's invalid-request ban). Default 50.
   */
  globalRequestsPerSecond?: number;
  /** Where operational lines go (never tokens). Default: stderr. */
  log?: (line: string) => void;
}

/** REST options shared by the gateway client and the command registration. */
export function restOptions(config: Pick<DiscordAdapterConfig, "apiUrl" | "retries" | "requestTimeoutMs" | "globalRequestsPerSecond">): Partial<RESTOptions> {
  return {
    ...(config.globalRequestsPerSecond === undefined ? {} : { globalRequestsPerSecond: config.globalRequestsPerSecond }),
    api: config.apiUrl ?? DISCORD_API_DEFAULT,
    retries: config.retries ?? 3,
    timeout: config.requestTimeoutMs ?? 15_000,
  };
}
