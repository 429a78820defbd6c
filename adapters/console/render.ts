import type { Reply } from "../../src/chat/reply.js";
import { formatBriefingText, quoted, speakerLine } from "../../src/cli/format-text.js";
import { formatDigest } from "./render-digest.js";

// Terminal control characters in article text could move the cursor or recolour the screen: show them inert.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const inert = (text: string) => text.replace(CONTROL, "\uFFFD");

/** A reply as plain terminal text: the same content as the Slack and Discord renderings. */
export function renderConsoleReply(reply: Reply): string {
  switch (reply.kind) {
    case "briefing": {
      const lines = [formatBriefingText(reply.briefing, "type /quotes to see them, or /quotes <name> for one speaker")];
      if (reply.also.length > 0) lines.push("", "Also:", ...reply.also.map((a) => `  • ${a.headline} (${a.sources} source${a.sources === 1 ? "" : "s"})`));
      if (reply.actions.length > 0) lines.push("", `Buttons: ${reply.actions.map((a) => `[${a.label}] = /quotes ${a.argument}`.trimEnd()).join("  ")}`);
      return inert(lines.join("\n"));
    }
    case "quotes": {
      const lines = [reply.title, reply.headline, ""];
      reply.quotes.forEach((quote, i) => lines.push(`${reply.numbers[i] ?? i + 1}. ${quoted(quote)}`, `   — ${speakerLine(quote.speaker)}`));
      if (reply.context) lines.push("", "In context:", reply.context);
      return inert(lines.join("\n"));
    }
    case "notice":
      return inert([reply.title, ...reply.lines.map((l) => `  ${l}`)].join("\n"));
    case "digest":
      return inert(formatDigest(reply));
  }
}
