import type { SourceRef } from "../articles/article.js";
import type { Briefing } from "../briefing/briefing.js";
import type { Quote } from "../quotes/quote.js";

/** One article's briefing and the source it came from. */
export interface SourcedBriefing {
  briefing: Briefing;
  source: SourceRef;
}

export interface MergedQuotes {
  quotes: Quote[];
  /** The source of each quote, same order. */
  quoteSources: SourceRef[];
  keyQuotes: Quote[];
}

/** A shorter quote inside a longer one is the same quote cut differently, if it has at least this many words. */
const MIN_CONTAINED_WORDS = 4;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The quotes of a story: the main article's in order, then each other article's quotes that are not
 * repeats. A repeat is the same words (ignoring case, punctuation and quote marks) or a cut of a quote
 * already kept (at least MIN_CONTAINED_WORDS words). Key quotes: the main article's, topped up from the
 * others' key quotes when it has fewer than `keyQuotes`. Pure; the first occurrence is kept verbatim.
 */
export function mergeStoryQuotes(main: SourcedBriefing, others: readonly SourcedBriefing[], keyQuotes = 3): MergedQuotes {
  const quotes: Quote[] = [];
  const quoteSources: SourceRef[] = [];
  const seen: string[] = [];
  const add = (quote: Quote, source: SourceRef) => {
    const key = normalise(quote.text);
    if (key === "" || seen.some((known) => isRepeat(known, key))) return;
    seen.push(key);
    quotes.push(quote);
    quoteSources.push(source);
  };
  for (const quote of main.briefing.quotes) add(quote, main.source);
  for (const other of others) for (const quote of other.briefing.quotes) add(quote, other.source);

  const key = [...main.briefing.keyQuotes];
  for (const other of others) {
    for (const quote of other.briefing.keyQuotes) {
      if (key.length >= keyQuotes) break;
      const text = normalise(quote.text);
      if (!key.some((known) => isRepeat(normalise(known.text), text))) key.push(quote);
    }
  }
  return { quotes, quoteSources, keyQuotes: key };
}

/** Lower case, words only, single spaces: "“We will,” he said" and "We will" compare equal. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(NON_WORD, " ").trim();
}

function isRepeat(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.split(" ").length >= MIN_CONTAINED_WORDS && ` ${longer} `.includes(` ${shorter} `);
}
