import type { Reply } from "../chat/reply.js";

/** `/brief help`: what the bot can do, with examples. */
export function helpReply(): Reply {
  return {
    kind: "notice",
    tone: "info",
    title: "newsbrief: news briefings with verbatim, attributed quotes",
    lines: [
      "`/brief <topic>`: a briefing on the best-matching story, e.g. `/brief afghanistan`",
      "`/brief <URL>`: a briefing of one article, e.g. `/brief https://example.com/story`",
      "`/quotes`: every quote of this channel's last briefing",
      "`/quotes <name or role>`: one speaker's quotes, e.g. `/quotes maas` or `/quotes foreign minister`",
      "`/quotes <number>`: one quote with the paragraph around it, e.g. `/quotes 2`",
      "`/digest subscribe <topic> [daily HH:MM | weekdays HH:MM | hourly | every N hours] [time zone]`: new stories on a topic, posted on schedule; `/digest help` for more",
      "Summaries and quotes are the article's own words, never paraphrased.",
    ],
  };
}
