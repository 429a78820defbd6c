// A briefing as Block Kit: headline, summary, key quotes with speakers, other stories, sources, buttons.
import type { SourceRef } from "../../src/articles/article.js";
import type { Briefing } from "../../src/briefing/briefing.js";
import type { AlsoLine, ReplyAction } from "../../src/chat/reply.js";
import type { Quote } from "../../src/quotes/quote.js";
import { ACTION_ID_PREFIX, encodeActionValue } from "./action-value.js";
import { context, header, LIMITS, section } from "./blocks.js";
import type { ActionsBlock, Block, ButtonElement } from "./blocks.js";
import { asPlain, escapeMrkdwn, fitText, mrkdwnLink } from "./mrkdwn.js";
import { packLines } from "./paginate.js";
import { quoteSections } from "./render-quote.js";

/** A briefing is a glance: longer sentences and quotes are cut with "…" (`/quotes` has them whole). */
const SENTENCE_CHARS = 1_000;
const KEY_QUOTE_CHARS = 1_000;
const ALSO_LINES = 5;

export function briefingBlocks(briefing: Briefing, also: readonly AlsoLine[], actions: readonly ReplyAction[]): Block[] {
  const blocks: Block[] = [header(fitText(briefing.headline || "(untitled article)", LIMITS.headerText, asPlain))];
  const sentences = briefing.summary.map((sentence) => `• ${fitText(sentence, SENTENCE_CHARS)}`);
  if (sentences.length === 0) sentences.push("_The article has no text to summarise._");
  blocks.push(...packLines(sentences).map(section));
  for (const quote of briefing.keyQuotes) {
    blocks.push(...quoteSections(quote, { trimTo: KEY_QUOTE_CHARS, pointer: numberOf(briefing.quotes, quote) }));
  }
  if (also.length > 0) {
    const lines = also.slice(0, ALSO_LINES).map((line) => `• ${fitText(line.headline, 300)} (${sourcesLabel(line.sources)})`);
    blocks.push(section(["*Also in the news*", ...lines].join("\n")));
  }
  blocks.push(context(contextTexts(briefing)));
  const buttons = actionsBlock(actions);
  if (buttons) blocks.push(buttons);
  return blocks;
}

/** The notification line: headline and first sentence. */
export function briefingFallback(briefing: Briefing): string {
  const first = briefing.summary[0];
  return fitText(first ? `${briefing.headline}: ${first}` : briefing.headline || "(untitled article)", 500);
}

/** Sources first (linked when they have a web address), then reading time and quote count: at most 10. */
function contextTexts(briefing: Briefing): string[] {
  const texts: string[] = [];
  const shown = briefing.sources.length > LIMITS.contextElements - 1 ? LIMITS.contextElements - 2 : briefing.sources.length;
  for (const source of briefing.sources.slice(0, shown)) texts.push(sourceText(source));
  if (shown < briefing.sources.length) texts.push(`and ${briefing.sources.length - shown} more sources`);
  const speakers = briefing.speakers.length;
  const quotes = briefing.quotes.length;
  const tally = quotes > 0 ? ` · ${quotes} ${quotes === 1 ? "quote" : "quotes"} from ${speakers} ${speakers === 1 ? "speaker" : "speakers"}` : "";
  texts.push(`${briefing.readingMinutes} min read${tally}`);
  return texts;
}

function sourceText(source: SourceRef): string {
  const date = source.published ? ` · ${escapeMrkdwn(source.published.slice(0, 10))}` : "";
  return `${mrkdwnLink(source.url, source.name || "source")}${date}`;
}

/** The reply's buttons, each carrying its command; a button whose command would not fit is left out. */
export function actionsBlock(actions: readonly ReplyAction[]): ActionsBlock | undefined {
  const elements: ButtonElement[] = [];
  for (const action of actions) {
    const value = encodeActionValue(action);
    if (value === undefined || elements.length === LIMITS.actionsElements) continue;
    const text = fitText(action.label, LIMITS.buttonText, asPlain);
    elements.push({ type: "button", action_id: `${ACTION_ID_PREFIX}${action.command}_${elements.length}`, text: { type: "plain_text", text, emoji: false }, value });
  }
  return elements.length > 0 ? { type: "actions", block_id: "newsbrief_actions", elements } : undefined;
}

function numberOf(quotes: readonly Quote[], quote: Quote): number | undefined {
  const at = quotes.findIndex((q) => q === quote || (q.text === quote.text && q.paragraph === quote.paragraph));
  return at >= 0 ? at + 1 : undefined;
}

function sourcesLabel(count: number): string {
  return count === 1 ? "1 source" : `${count} sources`;
}
