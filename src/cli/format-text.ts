import type { Briefing } from "../briefing/briefing.js";
import type { Quote, Speaker } from "../quotes/quote.js";

/** "Antony Blinken, U.S. Secretary of State" — the speaker as a reader names them. */
export function speakerLine(speaker: Speaker | null): string {
  if (!speaker) return "unattributed";
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** A quote between curly marks, its pieces joined as the article joins them. */
export function quoted(quote: Quote): string {
  return `“${quote.text}”`;
}

/** How the command line points to the rest of the quotes; the terminal chat says `/quotes` instead. */
export const CLI_MORE_QUOTES = "run `newsbrief quotes` on the same input to see them";

/** Plain text for a terminal: the same content as the chat renderings, nothing platform-specific. */
export function formatBriefingText(briefing: Briefing, moreQuotes: string = CLI_MORE_QUOTES): string {
  const lines: string[] = [briefing.headline || "(untitled article)"];
  const meta = [sourceLabel(briefing), `${briefing.readingMinutes} min read`].filter(Boolean);
  lines.push(meta.join(" · "), "");
  if (briefing.summary.length === 0) lines.push("(The article has no text to summarise.)");
  for (const sentence of briefing.summary) lines.push(`• ${sentence}`);
  if (briefing.keyQuotes.length > 0) {
    lines.push("", "Key quotes");
    for (const quote of briefing.keyQuotes) lines.push(`  ${quoted(quote)}`, `    — ${speakerLine(quote.speaker)}`);
  }
  if (briefing.quotes.length > briefing.keyQuotes.length) {
    lines.push("", `${briefing.quotes.length} quotes in all: ${moreQuotes}.`);
  }
  return lines.join("\n");
}

/** Every quote, numbered, with its speaker. */
export function formatQuotesText(headline: string, quotes: readonly Quote[]): string {
  const lines = [headline || "(untitled article)", ""];
  if (quotes.length === 0) lines.push("No direct quotes in this article.");
  quotes.forEach((quote, i) => lines.push(`${i + 1}. ${quoted(quote)}`, `   — ${speakerLine(quote.speaker)}`));
  return lines.join("\n");
}

function sourceLabel(briefing: Briefing): string {
  const [first, ...others] = briefing.sources;
  if (!first) return "";
  const date = first.published ? ` (${first.published.slice(0, 10)})` : "";
  const more = others.length > 0 ? ` and ${others.length} more` : "";
  return `${first.name}${date}${first.url && first.url !== first.name ? ` <${first.url}>` : ""}${more}`;
}
