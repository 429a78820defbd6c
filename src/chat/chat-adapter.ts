import type { ChannelRef, Command } from "./command.js";
import type { Reply } from "./reply.js";

/** Answers a command. Adapters call it after acknowledging the platform (Slack ack, Discord defer). */
export type CommandHandler = (command: Command) => Promise<Reply>;

/** Where a posted message landed, for logs and later edits. */
export interface PostedRef {
  channel: ChannelRef;
  /** Platform message id (Slack ts, Discord snowflake). */
  messageId: string;
}

/**
 * The seam between the core and a chat platform. Each adapter lives in `adapters/<platform>/` with the same
 * files (`index.ts` exporting `create<Platform>Adapter(config)`, `parse.ts`, `render.ts`), and passes the
 * shared contract suite in `test/adapters/contract.ts`.
 */
export interface ChatAdapter {
  readonly platform: "slack" | "discord" | "console";
  /** Connects and starts delivering commands and button presses to `onCommand`. */
  start(onCommand: CommandHandler): Promise<void>;
  /** Disconnects; pending replies are finished first. */
  stop(): Promise<void>;
  /**
   * Posts a reply to a channel unprompted (scheduled digests). Throws ChannelUnavailableError if the channel is
   * gone or refuses the bot; rate limits are waited out; other failures throw for the caller to retry.
   * With a delivery key, the adapter makes a resend of the same key harmless where the platform allows it
   * (Discord: the key's nonce with enforce_nonce; Slack: the key in message metadata, see `findDelivery`).
   */
  post(target: ChannelRef, reply: Reply, options?: PostOptions): Promise<PostedRef>;
  /**
   * Looks in the channel's recent history for a message this bot posted with `deliveryKey`: used before
   * re-sending a digest whose earlier attempt may have reached the platform without being recorded.
   */
  findDelivery(target: ChannelRef, deliveryKey: string): Promise<PostedRef | undefined>;
}

export interface PostOptions {
  /** Identifies one scheduled delivery (subscription and slot) across retries, restarts and instances. */
  deliveryKey?: string;
}
