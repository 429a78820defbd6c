// Hand-made digests for the contract suite and every platform's rendering tests (never eval text).
import type { SourceRef } from "../../src/articles/article.js";
import type { DigestItem, DigestReply } from "../../src/chat/reply.js";
import type { Quote, Speaker } from "../../src/quotes/quote.js";


const MAYOR: Speaker = { name: "Ana Ruiz", role: "Mayor of Villa", kind: "person" };

export function digestQuote(text: string, speaker: Speaker | null = MAYOR): Quote {
  return { text, pieces: [{ start: 0, end: text.length }], paragraph: 0, paragraphs: 1, partial: false, speaker };
}

export function source(name = "Villa Gazette", url = "https://gazette.example/bridge", published = "2024-03-01T08:00:00Z"): SourceRef {
  return { name, url, published };
}

export function digestItem(overrides: Partial<DigestItem> = {}): DigestItem {
  return {
    headline: "Villa council approves new bridge",
    summary: ["The council voted 7-2 on Tuesday to rebuild the river bridge.", "Work starts in May."],
    quote: digestQuote("We will rebuild the bridge before winter,"),
    sources: [source(), source("River Post", "https://riverpost.example/b")],
    ...overrides,
  };
}

export function digestReply(items: DigestItem[] = [digestItem(), digestItem({ headline: "Ferry service resumes", quote: digestQuote("The ferry is back", { name: "Tom Ng", kind: "person" }) })]): DigestReply {
  return { kind: "digest", title: "Digest: bridges", intro: `${items.length} new stories since Mon 4 Mar, 08:00 UTC`, items };
}

export const EMPTY_DIGEST: DigestReply = { kind: "digest", title: "Digest: bridges", intro: "No new stories since Mon 4 Mar, 08:00 UTC", items: [] };

/** `count` distinct stories, each `size` characters of summary (two sentences) and a quote of `quoteSize`. */
export function manyItems(count: number, size = 200, quoteSize = 200): DigestItem[] {
  return Array.from({ length: count }, (_, i) => {
    const words = (n: number) => `story${i} `.repeat(Math.ceil(n / 7)).slice(0, n).trim();
    return digestItem({ headline: `Story ${i + 1}: ${words(60)}`, summary: [`${words(size / 2)}.`, `${words(size / 2)}.`], quote: digestQuote(words(quoteSize)) });
  });
}
