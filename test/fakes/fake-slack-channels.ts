// The fake Slack's channels: the messages the bot posted (with their metadata) and what has happened to each
// channel, answered the way the Web API answers chat.postMessage and conversations.history.

/** What can happen to a channel: deleted (channel_not_found), the bot removed (not_in_channel), archived (is_archived). */
export type SlackChannelState = "active" | "deleted" | "bot-removed" | "archived";

/** A message as conversations.history returns it. */
export interface StoredSlackMessage {
  type: "message";
  ts: string;
  text: string;
  blocks: unknown[];
  user: string;
  bot_id: string;
  app_id: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface HistoryQuery {
  limit: number;
  oldest?: number;
  latest?: number;
  includeMetadata: boolean;
}

export const BOT = { user: "UBOT", bot_id: "BBOT", app_id: "A1" } as const;

export class SlackChannels {
  readonly #states = new Map<string, SlackChannelState>();
  readonly #messages = new Map<string, StoredSlackMessage[]>();
  #seq = 0;

  setState(channel: string, state: SlackChannelState): void {
    this.#states.set(channel, state);
  }

  /** Slack's error for a post to `channel`, or undefined when it would be accepted. */
  postError(channel: string): string | undefined {
    switch (this.#states.get(channel) ?? "active") {
      case "deleted":
        return "channel_not_found";
      case "bot-removed":
        return "not_in_channel";
      case "archived":
        return "is_archived";
      default:
        return undefined;
    }
  }

  /** Reading history needs membership: archived channels can still be read. */
  historyError(channel: string): string | undefined {
    const error = this.postError(channel);
    return error === "is_archived" ? undefined : error;
  }

  /** Stores a posted message; its ts is the post's time with a unique fraction, as Slack's are. */
  post(channel: string, body: Record<string, unknown>, nowMs: number): StoredSlackMessage {
    this.#seq += 1;
    const message: StoredSlackMessage = {
      type: "message",
      ts: `${Math.floor(nowMs / 1000)}.${String(this.#seq % 1_000_000).padStart(6, "0")}`,
      text: typeof body.text === "string" ? body.text : "",
      blocks: Array.isArray(body.blocks) ? body.blocks : [],
      ...BOT,
    };
    const metadata = body.metadata as StoredSlackMessage["metadata"] | undefined;
    if (metadata && typeof metadata.event_type === "string") message.metadata = metadata;
    this.#messages.set(channel, [...(this.#messages.get(channel) ?? []), message]);
    return message;
  }

  /** Everything posted to `channel`, oldest first. */
  messages(channel: string): StoredSlackMessage[] {
    return [...(this.#messages.get(channel) ?? [])];
  }

  /** Newest first, within (oldest, latest), metadata only when asked for, as conversations.history answers. */
  history(channel: string, query: HistoryQuery): { messages: StoredSlackMessage[]; has_more: boolean } {
    const inRange = this.messages(channel)
      .reverse()
      .filter((m) => (query.oldest === undefined || Number(m.ts) > query.oldest) && (query.latest === undefined || Number(m.ts) < query.latest));
    const page = inRange.slice(0, query.limit).map((m) => {
      const copy = { ...m };
      if (!query.includeMetadata) delete copy.metadata;
      return copy;
    });
    return { messages: page, has_more: inRange.length > page.length };
  }
}
