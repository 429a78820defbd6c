import type { ChannelRef } from "../../src/chat/command.js";

const PREFIX = "discord:";
const SNOWFLAKE = /^\d{1,20}$/;

/** "discord:<channel_id>": the neutral address of a Discord channel (or DM, or thread: all are channels). */
export function discordChannelRef(channelId: string): ChannelRef {
  return `${PREFIX}${channelId}`;
}

/** The channel id inside a ref this adapter made, or undefined for another platform's ref or a malformed one. */
export function discordChannelId(ref: ChannelRef): string | undefined {
  if (!ref.startsWith(PREFIX)) return undefined;
  const id = ref.slice(PREFIX.length);
  return SNOWFLAKE.test(id) ? id : undefined;
}
