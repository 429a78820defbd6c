// `/quotes` and notices as Block Kit: every quote whole and numbered; notices as a title and lines.
import type { Reply } from "../../src/chat/reply.js";
import { context, header, LIMITS, section } from "./blocks.js";
import type { Block } from "./blocks.js";
import { asPlain, escapeMrkdwn, fitText, splitText } from "./mrkdwn.js";
import { packLines } from "./paginate.js";
import { quoteSections } from "./render-quote.js";

type QuotesReply = Extract<Reply, { kind: "quotes" }>;
type NoticeReply = Extract<Reply, { kind: "notice" }>;

/** Room for a line inside a section, leaving space for a bold title before it. */
const LINE_CHARS = LIMITS.sectionText - 200;

export function quotesBlocks(reply: QuotesReply): Block[] {
  const blocks: Block[] = [header(fitText(reply.title, LIMITS.headerText, asPlain))];
  if (reply.headline) blocks.push(context([fitText(reply.headline, 500)]));
  reply.quotes.forEach((quote, i) => blocks.push(...quoteSections(quote, { number: reply.numbers[i] ?? i + 1 })));
  if (reply.context) {
    const paragraphs = reply.context.split(/\n{2,}/).flatMap((paragraph) => splitText(paragraph, LINE_CHARS));
    const texts = packLines(["*In context*", ...paragraphs.map(escapeMrkdwn)]);
    blocks.push(...texts.map(section));
  }
  return blocks;
}

export function noticeBlocks(reply: NoticeReply): Block[] {
  const icon = reply.tone === "warning" ? ":warning: " : "";
  const title = `${icon}*${fitText(reply.title, 500)}*`;
  const lines = reply.lines.flatMap((line) => splitText(line, LINE_CHARS)).map(escapeMrkdwn);
  return packLines([title, ...lines]).map(section);
}

/** Notification text: the title and, for a notice, its first line. */
export function quotesFallback(reply: QuotesReply): string {
  return fitText(reply.headline ? `${reply.title}: ${reply.headline}` : reply.title, 500);
}

export function noticeFallback(reply: NoticeReply): string {
  const first = reply.lines[0];
  return fitText(first ? `${reply.title}: ${first}` : reply.title, 500);
}
