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

/**
 * What the core answers; adapters' `render.ts` turn it into Block Kit, embeds or terminal text.
 * Article text inside is raw data: every renderer escapes it for its platform.
 */
export type Reply =
  | { kind: "briefing"; briefing: Briefing; also: AlsoLine[]; actions: ReplyAction[] }
  | { kind: "quotes"; title: string; headline: string; quotes: Quote[]; numbers: number[]; context?: string }
  | { kind: "notice"; title: string; lines: string[]; tone: "info" | "warning" };
