import type { Briefing } from "../briefing/briefing.js";
import type { Quote } from "../quotes/quote.js";
import { quoted, speakerLine } from "./format-text.js";

// Characters that Markdown would read as markup; article text is data and must print as written.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#+!|~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** The briefing as a Markdown document (for wikis, newsletters, issue comments). */
export function formatBriefingMarkdown(briefing: Briefing): string {
  const lines = [`# ${escapeMarkdown(briefing.headline || "Untitled article")}`, ""];
  for (const source of briefing.sources) {
    const name = escapeMarkdown(source.name);
    const date = source.published ? `, ${source.published.slice(0, 10)}` : "";
    lines.push(`*${source.url ? `[${name}](<${source.url}>)` : name}${date}* · ${briefing.readingMinutes} min read`);
  }
  lines.push("", ...briefing.summary.map((s) => `- ${escapeMarkdown(s)}`));
  if (briefing.keyQuotes.length > 0) {
    lines.push("", "## Key quotes", "");
    for (const quote of briefing.keyQuotes) lines.push(...quoteBlock(quote), "");
  }
  return lines.join("\n").trimEnd() + "\n";
}

export function formatQuotesMarkdown(headline: string, quotes: readonly Quote[]): string {
  const lines = [`# Quotes: ${escapeMarkdown(headline || "Untitled article")}`, ""];
  if (quotes.length === 0) lines.push("No direct quotes in this article.");
  for (const quote of quotes) lines.push(...quoteBlock(quote), "");
  return lines.join("\n").trimEnd() + "\n";
}

function quoteBlock(quote: Quote): string[] {
  return [`> ${escapeMarkdown(quoted(quote))}`, `> — ${escapeMarkdown(speakerLine(quote.speaker))}`];
}
