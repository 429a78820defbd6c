// A scheduled digest as Block Kit: a header and intro, then each story as its own group of blocks (linked
// headline with its summary, the best quote, the sources), so a long digest splits between stories.
import type { SourceRef } from "../../src/articles/article.js";
import type { DigestItem, DigestReply } from "../../src/chat/reply.js";
import { context, divider, header, LIMITS, section } from "./blocks.js";
import type { Block } from "./blocks.js";
import { asPlain, escapeMrkdwn, fitText, isHttpUrl, mrkdwnLink } from "./mrkdwn.js";
import { quoteSections } from "./render-quote.js";


// A digest is a glance at many stories: each part is bounded so that one story stays far below a message's
// ~8,000 characters of block text even with hostile input (a story's worst case is about 6,500).
const HEADLINE_CHARS = 300;
const SENTENCE_CHARS = 500;
const SUMMARY_SENTENCES = 2;
const QUOTE_CHARS = 500;
const SOURCES_SHOWN = 3;
const SOURCE_NAME_CHARS = 100;
/** Longer source URLs are shown as the name alone: a monster URL would eat the message's text budget. */
const SOURCE_URL_CHARS = 300;

export const NOTHING_NEW = "_Nothing new on this topic since the last digest._";

/** The header group, then one group per story; paginateGroups keeps each group in one message. */
export function digestGroups(reply: DigestReply): Block[][] {
  const opening: Block[] = [header(fitText(reply.title || "Digest", LIMITS.headerText, asPlain))];
  if (reply.intro) opening.push(context([fitText(reply.intro, 500)]));
  if (reply.items.length === 0) return [[...opening, section(NOTHING_NEW)]];
  return [opening, ...reply.items.map(storyBlocks)];
}

/** Notification text: the digest's title and what it covers. */
export function digestFallback(reply: DigestReply): string {
  return fitText(reply.intro ? `${reply.title}: ${reply.intro}` : reply.title || "Digest", 500);
}

function storyBlocks(item: DigestItem): Block[] {
  const link = item.sources.find((source) => isHttpUrl(source.url))?.url;
  const headline = mrkdwnLink(link, item.headline || "(untitled story)", HEADLINE_CHARS);
  const sentences = item.summary.slice(0, SUMMARY_SENTENCES).map((sentence) => `• ${fitText(sentence, SENTENCE_CHARS)}`);
  const blocks: Block[] = [divider(), section([`*${headline}*`, ...sentences].join("\n"))];
  if (item.quote) blocks.push(...quoteSections(item.quote, { trimTo: QUOTE_CHARS }));
  const sources = sourcesText(item.sources);
  if (sources) blocks.push(context([sources]));
  return blocks;
}

/** "Reuters · AP · BBC and 2 more · 2021-09-09": each source linked when its address is a short web URL. */
function sourcesText(sources: readonly SourceRef[]): string {
  const shown = sources.slice(0, SOURCES_SHOWN).map((source) => {
    const url = source.url && source.url.length <= SOURCE_URL_CHARS ? source.url : undefined;
    return mrkdwnLink(url, source.name || "source", SOURCE_NAME_CHARS);
  });
  const parts = [shown.join(" · ")];
  if (sources.length > SOURCES_SHOWN) parts[0] += ` and ${sources.length - SOURCES_SHOWN} more`;
  const published = sources[0]?.published;
  if (published) parts.push(escapeMrkdwn(published.slice(0, 10)));
  return shown.length > 0 ? parts.join(" · ") : "";
}
