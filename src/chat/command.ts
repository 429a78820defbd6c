/**
 * An opaque, prefixed channel address: "slack:T123:C456", "discord:987654", "console:local".
 * Only the adapter that made it looks inside.
 */
export type ChannelRef = string;

export type CommandName = "brief" | "quotes" | "digest" | "help";

/** A user's request, in platform-neutral form: what adapters' `parse.ts` produce from slash commands and buttons. */
export interface Command {
  name: CommandName;
  /** The text after the command, trimmed ("afghanistan", "maas", "3", ""). */
  argument: string;
  channel: ChannelRef;
  /** Who asked (platform user id), for logs and permissions. */
  userId: string;
  /** True when a button on an earlier reply caused it. */
  viaButton?: boolean;
  /**
   * Whether this user may change the channel's digests, as the platform decides it: Discord's Manage Channels
   * permission, Slack's configured allow-list, always on the console. Absent means no.
   */
  canManageDigests?: boolean;
}
