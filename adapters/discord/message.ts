import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord.js";

/** Never ping anyone: no @everyone/@here, no roles, no users, not even the replied-to user. */
export interface NoMentions {
  parse: never[];
  replied_user: false;
}

/** One Discord message in API shape: the body of `POST channels/{id}/messages`, an interaction edit or a follow-up. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: NoMentions;
}

/** A fresh `allowed_mentions` for every message, so no caller can mutate a shared one into pinging. */
export function noMentions(): NoMentions {
  return { parse: [], replied_user: false };
}

/** Embed accent colours: newsbrief blue for content, amber for warnings. */
export const COLOURS = { briefing: 0x2f6fb3, info: 0x5b7083, warning: 0xd9822b } as const;
