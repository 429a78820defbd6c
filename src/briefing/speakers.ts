import type { Quote } from "../quotes/quote.js";
import type { QuotedSpeaker } from "./briefing.js";

/** Everyone quoted, in order of their first quote, with the fullest role the article gives them. */
export function listSpeakers(quotes: readonly Quote[]): QuotedSpeaker[] {
  const byName = new Map<string, QuotedSpeaker>();
  for (const { speaker } of quotes) {
    if (!speaker) continue;
    const known = byName.get(speaker.name);
    if (known) {
      known.quotes += 1;
      if (!known.role && speaker.role) known.role = speaker.role;
    } else {
      byName.set(speaker.name, { name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}), kind: speaker.kind, quotes: 1 });
    }
  }
  return [...byName.values()];
}
