// One quote as mrkdwn block-quote sections: the words verbatim behind `>` bars, then who said it.
import type { Quote, Speaker } from "../../src/quotes/quote.js";
import { LIMITS, section } from "./blocks.js";
import type { SectionBlock } from "./blocks.js";
import { escapeQuoted, fitText, splitText } from "./mrkdwn.js";

const MAX_NAME = 200;
const MAX_ROLE = 300;

export interface QuoteLayout {
  /** Shown bold before the quote ("3."), as in `/quotes 3`. */
  number?: number;
  /** Cut the words to this many characters (with "…") and point to `/quotes <pointer>` for the rest. */
  trimTo?: number;
  pointer?: number;
}

/** "— *Antony Blinken*, U.S. Secretary of State", escaped; names and roles come from the article. */
export function attribution(speaker: Speaker | null): string {
  if (!speaker) return "— _unattributed_";
  const name = `*${fitText(speaker.name, MAX_NAME)}*`;
  return speaker.role ? `— ${name}, ${fitText(speaker.role, MAX_ROLE)}` : `— ${name}`;
}

/**
 * The quote in as many sections as its length needs (3,000 characters each): a 5,000-character quote
 * is delivered whole in `/quotes`, split at word boundaries, never cut.
 */
export function quoteSections(quote: Quote, layout: QuoteLayout = {}): SectionBlock[] {
  const opening = `>${layout.number === undefined ? "" : `*${layout.number}.* `}“`;
  let closing = `”\n${attribution(quote.speaker)}`;
  let words = quote.text;
  if (layout.trimTo !== undefined && words.length > layout.trimTo) {
    words = `${splitText(words, layout.trimTo, undefined, 1)[0] ?? ""}…`;
    if (layout.pointer !== undefined) closing += ` · _whole quote: /quotes ${layout.pointer}_`;
  }
  const room = LIMITS.sectionText - Math.max(opening.length, 1) - closing.length;
  const pieces = splitText(words, room, escapeQuoted);
  if (pieces.length === 0) pieces.push("");
  return pieces.map((piece, i) => {
    const start = i === 0 ? opening : ">";
    const end = i === pieces.length - 1 ? closing : "";
    return section(`${start}${escapeQuoted(piece)}${end}`);
  });
}
