import type { ChatAdapter } from "../chat/chat-adapter.js";
import type { ChannelRef } from "../chat/command.js";

/**
 * The running adapters by platform, so a subscription's channel ref ("slack:T1:C2") finds the adapter that
 * can post there. A platform not running in this process has no outlet: its digests wait for one that does.
 */
export class DigestOutlets {
  readonly #byPlatform = new Map<string, ChatAdapter>();

  constructor(adapters: readonly ChatAdapter[]) {
    for (const adapter of adapters) this.#byPlatform.set(adapter.platform, adapter);
  }

  for(channel: ChannelRef): ChatAdapter | undefined {
    const platform = channel.slice(0, channel.indexOf(":"));
    return this.#byPlatform.get(platform);
  }
}
