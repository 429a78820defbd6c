import type { TopicBriefing } from "../library/topic-briefing.js";
import { briefingToJson } from "./format-json.js";
import { formatBriefingMarkdown, escapeMarkdown } from "./format-markdown.js";
import { formatBriefingText } from "./format-text.js";
import type { OutputFormat } from "./batch.js";

/** A topic briefing (or the helpful no-match answer) in the chosen output format. */
export function renderTopicBriefing(input: string, result: TopicBriefing, format: OutputFormat): string {
  if (result.kind === "no-match") {
    if (format === "json") {
      const recent = result.recent.map((hit) => ({ headline: hit.headline, storyId: hit.storyId }));
      return `${JSON.stringify({ input, noMatch: { suggestions: result.suggestions, recent, articles: result.articles } })}\n`;
    }
    const lines = [`No story about “${result.topic}” among the ${result.articles} articles in the library.`];
    if (result.suggestions.length > 0) lines.push(`Closest topics: ${result.suggestions.join(", ")}.`);
    if (result.recent.length > 0) lines.push("Recent stories:", ...result.recent.map((hit) => `  • ${hit.headline}`));
    return `${lines.join("\n")}\n`;
  }
  const also = result.also.map((hit) => ({ headline: hit.headline, sources: hit.sourceCount, storyId: hit.storyId }));
  if (format === "json") return `${JSON.stringify({ ...briefingToJson(input, result.briefing), storyId: result.storyId, also })}\n`;
  if (format === "markdown") {
    const more = also.length > 0 ? `\n## Also\n\n${also.map((a) => `- ${escapeMarkdown(a.headline)}`).join("\n")}\n` : "";
    return formatBriefingMarkdown(result.briefing) + more;
  }
  const more = also.length > 0 ? `\n\nAlso:\n${also.map((a) => `  • ${a.headline} (${a.sources} source${a.sources === 1 ? "" : "s"})`).join("\n")}` : "";
  return `${formatBriefingText(result.briefing)}${more}\n`;
}
