import type { Briefing } from "../../../src/briefing/briefing.js";
import type { Reply } from "../../../src/chat/reply.js";
import type { Quote, Speaker } from "../../../src/quotes/quote.js";

/** A quote as the engine makes it; only the fields renderers read matter here. */
export function quote(text: string, speaker: Speaker | null = { name: "Ana Ruiz", role: "Mayor of Villa", kind: "person" }): Quote {
  return { text, pieces: [], paragraph: 0, paragraphs: 1, partial: false, speaker };
}

/** A hand-written briefing (never eval text), overridable field by field. */
export function briefing(overrides: Partial<Briefing> = {}): Briefing {
  const quotes = overrides.quotes ?? [quote("We will rebuild the bridge before winter,"), quote("It is about time", { name: "Tom Ng", kind: "person" })];
  return {
    engineVersion: "1",
    articleId: "abc123",
    headline: "Villa council approves new bridge",
    sources: [{ name: "Villa Gazette", url: "https://gazette.example/bridge", published: "2024-03-01T08:00:00Z" }],
    summary: ["The council voted 7-2 on Tuesday to rebuild the river bridge.", "Work starts in May."],
    keyQuotes: quotes.slice(0, 3),
    quotes,
    speakers: [],
    words: 420,
    readingMinutes: 2,
    ...overrides,
  };
}

export function briefingReply(overrides: Partial<Briefing> = {}, actions: Extract<Reply, { kind: "briefing" }>["actions"] = []): Reply {
  return { kind: "briefing", briefing: briefing(overrides), also: [], actions };
}

export function quotesReply(quotes: Quote[], extra: Partial<Extract<Reply, { kind: "quotes" }>> = {}): Reply {
  return { kind: "quotes", title: `All ${quotes.length} quotes`, headline: "Villa council approves new bridge", quotes, numbers: quotes.map((_, i) => i + 1), ...extra };
}

/** `n` words of `word`, joined by spaces, cut to exactly `length` characters. */
export function words(length: number, word = "bridge"): string {
  return `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length);
}
