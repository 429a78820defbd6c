import type { Briefing } from "../briefing/briefing.js";
import type { Command } from "../chat/command.js";
import type { Reply, ReplyAction } from "../chat/reply.js";
import { briefTopic } from "../library/brief-topic.js";
import type { NoMatch, StoryBriefing } from "../library/topic-briefing.js";
import type { CommandDeps } from "./command-deps.js";
import { helpReply } from "./help-command.js";
import { saveChannelBriefing } from "./channel-briefing.js";

const URL_ARGUMENT = /^<?(https?:\/\/[^\s>|]+)(?:\|[^>]*)?>?$/i; // Slack wraps links as <url> or <url|label>
const SPEAKER_BUTTONS = 3;

/** `/brief <topic|URL>`: the best story's briefing, remembered as the channel's context for `/quotes`. */
export async function runBrief(deps: CommandDeps, command: Command): Promise<Reply> {
  const argument = command.argument.trim();
  if (argument === "" || /^help$/i.test(argument)) return helpReply();
  const url = URL_ARGUMENT.exec(argument)?.[1];
  let result;
  try {
    result = url ? await briefUrl(deps, url) : await briefTopic(deps.store, argument, { now: deps.now() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: "notice", tone: "warning", title: `Couldn't brief ${url ?? argument}`, lines: [reason] };
  }
  if (result.kind === "no-match") return noMatchReply(result);
  await saveChannelBriefing(deps, command.channel, result);
  return {
    kind: "briefing",
    briefing: result.briefing,
    also: result.also.map((hit) => ({ headline: hit.headline, sources: hit.sourceCount })),
    actions: quoteActions(result.briefing),
  };
}

async function briefUrl(deps: CommandDeps, url: string): Promise<StoryBriefing> {
  const article = await deps.fetchArticle(url);
  const stored = await deps.store.putArticle({ article, sourceId: "url", url, published: deps.now().toISOString() });
  const result = await briefTopic(deps.store, stored.storyId, { now: deps.now() });
  if (result.kind !== "briefing") throw new Error("the page was stored but could not be briefed");
  return result;
}

/** "All quotes" plus a button for each of the most-quoted speakers. */
function quoteActions(briefing: Briefing): ReplyAction[] {
  if (briefing.quotes.length === 0) return [];
  const actions: ReplyAction[] = [{ label: `All quotes (${briefing.quotes.length})`, command: "quotes", argument: "" }];
  const speakers = [...briefing.speakers].sort((a, b) => b.quotes - a.quotes).slice(0, SPEAKER_BUTTONS);
  if (speakers.length > 1) {
    for (const speaker of speakers) actions.push({ label: `${speaker.name} (${speaker.quotes})`, command: "quotes", argument: speaker.name });
  }
  return actions;
}

function noMatchReply(result: NoMatch): Reply {
  const lines = [`No story about “${result.topic}” among the ${result.articles} articles in the library.`];
  if (result.suggestions.length > 0) lines.push(`Closest topics: ${result.suggestions.join(", ")}.`);
  if (result.recent.length > 0) lines.push(`Recent stories: ${result.recent.map((hit) => hit.headline).join(" · ")}`);
  lines.push("Try another topic, or `/brief <URL>` to brief one article.");
  return { kind: "notice", tone: "info", title: "No matching story", lines };
}
