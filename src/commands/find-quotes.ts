import type { Quote } from "../quotes/quote.js";

/** What `/quotes <argument>` selected: all quotes, one numbered quote, or one speaker's quotes. */
export type QuoteSelection =
  | { kind: "all"; quotes: Quote[] }
  | { kind: "number"; quote: Quote; number: number }
  | { kind: "speaker"; query: string; quotes: Quote[] }
  | { kind: "none"; query: string; reason: "no-number" | "no-speaker" };

/**
 * Resolves the argument of `/quotes`: empty lists every quote; a number picks that quote (1-based, as
 * listed); anything else matches speakers by surname, full name or role words ("maas", "foreign minister").
 */
export function selectQuotes(quotes: readonly Quote[], argument: string): QuoteSelection {
  const query = argument.trim();
  if (query === "") return { kind: "all", quotes: [...quotes] };
  if (/^#?\d+$/.test(query)) {
    const number = Number(query.replace("#", ""));
    const quote = quotes[number - 1];
    return quote ? { kind: "number", quote, number } : { kind: "none", query, reason: "no-number" };
  }
  const wanted = words(query);
  const matching = quotes.filter((quote) => {
    if (!quote.speaker) return false;
    const said = new Set(words(`${quote.speaker.name} ${quote.speaker.role ?? ""}`));
    return wanted.every((word) => said.has(word));
  });
  return matching.length > 0 ? { kind: "speaker", query, quotes: matching } : { kind: "none", query, reason: "no-speaker" };
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
