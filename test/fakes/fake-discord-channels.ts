// The fake Discord's channels: which exist, which the bot may see, and the messages created in them, with
// Discord's nonce rule (enforce_nonce returns the earlier message of the same author and nonce).
import { messageObject } from "./fake-discord-payloads.js";

/**
 * What can happen to a channel: deleted (404 10003 Unknown Channel), the bot lost access (403 50001 Missing
 * Access), or it may post but not read history (reads answer 403 50013 Missing Permissions).
 */
export type DiscordChannelState = "active" | "deleted" | "no-access" | "no-history";

export interface DiscordError {
  status: number;
  body: { message: string; code: number };
}

const ERRORS: Record<Exclude<DiscordChannelState, "active" | "no-history">, DiscordError> = {
  deleted: { status: 404, body: { message: "Unknown Channel", code: 10003 } },
  "no-access": { status: 403, body: { message: "Missing Access", code: 50001 } },
};
const NO_HISTORY: DiscordError = { status: 403, body: { message: "Missing Permissions", code: 50013 } };

/** A created message as the fake keeps it: the API object plus when it was made. */
export interface StoredDiscordMessage {
  message: Record<string, unknown>;
  createdAt: number;
  nonce?: string | number;
}

export class DiscordChannels {
  readonly #states = new Map<string, DiscordChannelState>();
  readonly #messages = new Map<string, StoredDiscordMessage[]>();

  constructor(
    channels: readonly string[],
    private readonly authorId: string,
    private readonly nonceWindowMs: number,
  ) {
    for (const channel of channels) this.#states.set(channel, "active");
  }

  setState(channel: string, state: DiscordChannelState): void {
    this.#states.set(channel, state);
  }

  /** The error Discord answers for a post to `channel`, or undefined when the bot may post there. */
  error(channel: string): DiscordError | undefined {
    const state = this.#states.get(channel) ?? "deleted"; // a channel the fake never heard of does not exist
    return state === "active" || state === "no-history" ? undefined : ERRORS[state];
  }

  /** The error Discord answers for reading `channel`'s messages, or undefined when the bot may read them. */
  readError(channel: string): DiscordError | undefined {
    return this.#states.get(channel) === "no-history" ? NO_HISTORY : this.error(channel);
  }

  /**
   * With `enforce_nonce`, the bot's message with the same nonce created within the window, which Discord
   * returns instead of creating another ("If another message was created by the same author with the same
   * nonce, that message will be returned and no new message will be created").
   */
  duplicate(channel: string, body: Record<string, unknown>, now: number): StoredDiscordMessage | undefined {
    const nonce = body.nonce;
    if (body.enforce_nonce !== true || (typeof nonce !== "string" && typeof nonce !== "number")) return undefined;
    return this.messages(channel).find((m) => m.nonce === nonce && now - m.createdAt <= this.nonceWindowMs);
  }

  create(channel: string, id: string, body: Record<string, unknown>, now: number): StoredDiscordMessage {
    const nonce = typeof body.nonce === "string" || typeof body.nonce === "number" ? body.nonce : undefined;
    const message = messageObject(id, channel, this.authorId, body, new Date(now).toISOString());
    if (nonce !== undefined) message.nonce = nonce; // echoed in the create response (and MESSAGE_CREATE), as Discord does
    const stored: StoredDiscordMessage = { message, createdAt: now, ...(nonce === undefined ? {} : { nonce }) };
    this.#messages.set(channel, [...this.messages(channel), stored]);
    return stored;
  }

  /** Every message created in `channel`, oldest first. */
  messages(channel: string): StoredDiscordMessage[] {
    return [...(this.#messages.get(channel) ?? [])];
  }

  /**
   * GET /channels/{id}/messages: newest first, `limit` 1-100 (default 50), `before`/`after` by id. The nonce is
   * left out unless `withNonce`: Discord does not keep it for messages read back later.
   */
  history(channel: string, query: Record<string, string>, withNonce: boolean): Record<string, unknown>[] {
    const limit = Math.min(100, Math.max(1, Number(query.limit ?? 50) || 50));
    const before = snowflake(query.before);
    const after = snowflake(query.after);
    return this.messages(channel)
      .filter(({ message }) => {
        const id = BigInt(String(message.id));
        return (before === undefined || id < before) && (after === undefined || id > after);
      })
      .reverse()
      .slice(0, limit)
      .map(({ message }) => {
        const copy = { ...message };
        if (!withNonce) delete copy.nonce;
        return copy;
      });
  }
}

/** A snowflake query parameter as a number to compare, or undefined when absent or not a snowflake. */
function snowflake(value: string | undefined): bigint | undefined {
  return value !== undefined && /^\d{1,20}$/.test(value) ? BigInt(value) : undefined;
}
