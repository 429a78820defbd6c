import type { Briefing } from "../briefing/briefing.js";
import type { ChannelRef } from "../chat/command.js";
import type { StoryBriefing } from "../library/topic-briefing.js";
import type { CommandDeps } from "./command-deps.js";

/** What a channel remembers of its last briefing: enough for `/quotes` after a restart. */
export interface ChannelBriefing {
  storyId: string;
  briefing: Briefing;
}

export async function saveChannelBriefing(deps: CommandDeps, channel: ChannelRef, result: StoryBriefing): Promise<void> {
  const saved: ChannelBriefing = { storyId: result.storyId, briefing: result.briefing };
  await deps.store.setChannelContext({
    channel,
    storyId: result.storyId,
    articleId: result.briefing.articleId,
    briefingJson: JSON.stringify(saved),
    at: deps.now().toISOString(),
  });
}

export async function loadChannelBriefing(deps: CommandDeps, channel: ChannelRef): Promise<ChannelBriefing | undefined> {
  const context = await deps.store.getChannelContext(channel);
  if (!context) return undefined;
  try {
    return JSON.parse(context.briefingJson) as ChannelBriefing;
  } catch {
    return undefined; // a context written by an incompatible version is as good as none
  }
}
