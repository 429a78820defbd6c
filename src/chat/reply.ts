import type { SourceRef } from "../articles/article.js";
import type { Briefing } from "../briefing/briefing.js";
import type { Quote } from "../quotes/quote.js";

/** A story that also matched a topic, offered as a one-line pointer under a briefing. */
export interface AlsoLine {
  headline: string;
  sources: number;
}

/** A button under a reply; pressing it runs the command it names in the same channel. */
export interface ReplyAction {
  label: string;
  command: "quotes";
  argument: string;
}

/** One story in a digest: a short briefing with its best quote. */
export interface DigestItem {
  headline: string;
  /** One or two of the story's own sentences. */
  summary: string[];
  /** The story's most newsworthy quote, verbatim, with its speaker. */
  quote?: Quote;
  /** Every source that carried the story; the first one's URL is the link. */
  sources: SourceRef[];
}

/**
 * What the core answers; adapters' `render.ts` turn it into Block Kit, embeds or terminal text.
 * Article text inside is raw data: every renderer escapes it for its platform.
 */
export type Reply =
  | { kind: "briefing"; briefing: Briefing; also: AlsoLine[]; actions: ReplyAction[] }
  | { kind: "quotes"; title: string; headline: string; quotes: Quote[]; numbers: number[]; context?: string }
  | { kind: "notice"; title: string; lines: string[]; tone: "info" | "warning" }
  /**
   * A scheduled digest: `title` names the topic ("Digest: afghanistan"), `intro` says what it covers
   * ("3 new stories since Mon 28 Nov, 08:00 UTC"); `items` may be empty when the subscription posts anyway.
   */
  | { kind: "digest"; title: string; intro: string; items: DigestItem[] };

/** The digest reply alone, for the code that builds and renders digests. */
export type DigestReply = Extract<Reply, { kind: "digest" }>;
