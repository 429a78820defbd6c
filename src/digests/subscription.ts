import type { ChannelRef } from "../chat/command.js";

/**
 * One channel's standing order for digests on a topic. Made in chat (`/digest subscribe`) or from a digest
 * file in the briefings folder (one subscription per target of the file).
 */
export interface Subscription {
  /** Short id users type to unsubscribe ("k3j9x2"); file subscriptions use "file:<name>:<target>". */
  id: string;
  channel: ChannelRef;
  /** The topic query, searched like `/brief <topic>`. */
  topic: string;
  /** Keywords a story must mention one of (empty: no filter). */
  include: string[];
  /** Keywords that rule a story out. */
  exclude: string[];
  /** The schedule as written ("daily 08:00", "every 6 hours", a cron expression). */
  schedule: string;
  /** IANA time zone the schedule is read in. */
  timeZone: string;
  /** At most this many stories per digest. */
  maxStories: number;
  /** Post a "nothing new" digest rather than skip the slot. */
  postWhenEmpty: boolean;
  origin: "chat" | "file";
  /** ISO time it was made; the first digest covers stories since the slot before it. */
  createdAt: string;
  /** Platform user id of whoever subscribed in chat. */
  createdBy?: string;
  /** Why it stopped (the channel is gone or refused the bot); a disabled subscription is never run. */
  disabledReason?: string;
}
