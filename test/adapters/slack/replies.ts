// Hand-made replies for rendering tests: small builders so each test states only what it is about.
import type { Briefing } from "../../../src/briefing/briefing.js";
import type { Reply } from "../../../src/chat/reply.js";
import type { Quote, Speaker } from "../../../src/quotes/quote.js";

export function quote(text: string, speaker: Speaker | null = { name: "Ada Example", role: "Minister of Tests", kind: "person" }, paragraph = 0): Quote {
  return { text, pieces: [{ start: 0, end: text.length }], paragraph, paragraphs: 1, partial: false, speaker };
}

export function briefing(overrides: Partial<Briefing> = {}): Briefing {
  const quotes = overrides.quotes ?? [quote("We will test every edge.")];
  return {
    engineVersion: "1",
    articleId: "a1",
    headline: "Tests pass",
    sources: [{ name: "Example News", url: "https://news.example/story", published: "2024-05-01T10:00:00Z" }],
    summary: ["The tests passed on Tuesday."],
    keyQuotes: quotes.slice(0, 3),
    quotes,
    speakers: [{ name: "Ada Example", role: "Minister of Tests", kind: "person", quotes: quotes.length }],
    words: 300,
    readingMinutes: 2,
    ...overrides,
  };
}

export function briefingReply(overrides: Partial<Briefing> = {}, extra: Partial<Extract<Reply, { kind: "briefing" }>> = {}): Reply {
  return { kind: "briefing", briefing: briefing(overrides), also: [], actions: [{ label: "All quotes (1)", command: "quotes", argument: "" }], ...extra };
}

export function quotesReply(quotes: Quote[], context?: string): Reply {
  return {
    kind: "quotes",
    title: `All ${quotes.length} quotes`,
    headline: "Tests pass",
    quotes,
    numbers: quotes.map((_, i) => i + 1),
    ...(context === undefined ? {} : { context }),
  };
}

/** Article text written to cause trouble: mentions, links, mrkdwn and Markdown control characters. */
export const HOSTILE = "<!channel> <!here> <!everyone> <@U123> <#C123> <!subteam^S123|@team> <https://evil.example|click me> &amp; & *bold* _it_ ~s~ `code` ```pre``` > not a quote @everyone [x](https://evil.example)";

export const RTL = "قال الوزير إن «الشرعية يجب أن تُكتسب» في مؤتمر صحفي. אמר השר: \"הלגיטימיות צריכה להיות מושגת\".";

/** Family (ZWJ sequence, 11 UTF-16 units), flag (4), skin tone (4): the graphemes a naive cut breaks. */
export const EMOJI = "👨‍👩‍👧‍👦🇺🇦👍🏽";
