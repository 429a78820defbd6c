import type { ChatAdapter, PostedRef, PostOptions } from "../../../src/chat/chat-adapter.js";
import type { ChannelRef } from "../../../src/chat/command.js";
import type { Reply } from "../../../src/chat/reply.js";

export interface RecordedPost {
  channel: ChannelRef;
  reply: Reply;
  deliveryKey?: string;
  messageId: string;
  /** The clock's time when it arrived. */
  at: Date;
}

/**
 * An in-process ChatAdapter for the runner's own tests: it records what the core hands the seam. The real
 * SDKs against the fake platform servers are exercised in test/adapters and the multi-process digest test.
 * `failNext` queues failures the way a platform returns them.
 */
export class RecordingAdapter implements ChatAdapter {
  readonly posts: RecordedPost[] = [];
  readonly failures: Error[] = [];
  /** Posts that "reached the platform" although post() threw (a timeout after the platform stored it). */
  acceptedButFailed = 0;
  #next = 1;

  constructor(
    readonly platform: ChatAdapter["platform"] = "slack",
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  async post(channel: ChannelRef, reply: Reply, options?: PostOptions): Promise<PostedRef> {
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    const messageId = `m${this.#next++}`;
    this.posts.push({ channel, reply, messageId, at: this.clock(), ...(options?.deliveryKey === undefined ? {} : { deliveryKey: options.deliveryKey }) });
    return { channel, messageId };
  }

  async findDelivery(channel: ChannelRef, deliveryKey: string): Promise<PostedRef | undefined> {
    const post = this.posts.find((p) => p.channel === channel && p.deliveryKey === deliveryKey);
    return post === undefined ? undefined : { channel, messageId: post.messageId };
  }

  postsTo(channel: ChannelRef): RecordedPost[] {
    return this.posts.filter((p) => p.channel === channel);
  }
}
