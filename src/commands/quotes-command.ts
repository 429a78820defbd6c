import type { Command } from "../chat/command.js";
import type { Reply } from "../chat/reply.js";
import type { Quote } from "../quotes/quote.js";
import { loadChannelBriefing } from "./channel-briefing.js";
import type { CommandDeps } from "./command-deps.js";
import { selectQuotes } from "./find-quotes.js";

/** `/quotes [speaker|number]` on the channel's last briefing. */
export async function runQuotes(deps: CommandDeps, command: Command): Promise<Reply> {
  const saved = await loadChannelBriefing(deps, command.channel);
  if (!saved) {
    return { kind: "notice", tone: "info", title: "No briefing in this channel yet", lines: ["Ask for one first, e.g. `/brief afghanistan`, then `/quotes`."] };
  }
  const { briefing } = saved;
  const all = briefing.quotes;
  const numbersOf = (quotes: Quote[]) => quotes.map((q) => all.indexOf(q) + 1);
  const selection = selectQuotes(all, command.argument);
  switch (selection.kind) {
    case "all":
      if (all.length === 0) return { kind: "notice", tone: "info", title: briefing.headline, lines: ["This story has no direct quotes."] };
      return { kind: "quotes", title: `All ${all.length} quotes`, headline: briefing.headline, quotes: all, numbers: numbersOf(all) };
    case "speaker": {
      const name = selection.quotes[0]?.speaker?.name ?? selection.query;
      return { kind: "quotes", title: `Quotes by ${name}`, headline: briefing.headline, quotes: selection.quotes, numbers: numbersOf(selection.quotes) };
    }
    case "number":
      return {
        kind: "quotes",
        title: `Quote ${selection.number} of ${all.length}`,
        headline: briefing.headline,
        quotes: [selection.quote],
        numbers: [selection.number],
        ...(await contextOf(deps, saved.storyId, selection.quote)),
      };
    case "none": {
      const quoted = briefing.speakers.map((s) => s.name);
      return {
        kind: "notice",
        tone: "info",
        title: selection.reason === "no-number" ? `There is no quote ${selection.query}` : `No quote by “${selection.query}”`,
        lines: [
          selection.reason === "no-number" ? `The last briefing has ${all.length} quotes: try \`/quotes 1\`.` : `In “${briefing.headline}”, the people quoted are: ${quoted.join(", ") || "nobody"}.`,
        ],
      };
    }
  }
}

/** The paragraph(s) a quote stands in, found in whichever of the story's articles carries it. */
async function contextOf(deps: CommandDeps, storyId: string, quote: Quote): Promise<{ context?: string }> {
  const story = await deps.store.getStory(storyId);
  const probe = quote.text.slice(0, 60);
  for (const article of story?.articles ?? []) {
    const at = article.paragraphs.findIndex((p) => p.includes(probe));
    if (at >= 0) return { context: article.paragraphs.slice(at, at + Math.max(1, quote.paragraphs)).join("\n\n") };
  }
  return {};
}
