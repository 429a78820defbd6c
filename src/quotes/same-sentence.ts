import { F_SENT, type WordTable } from "../nlp/entities/word-table.js";
import type { StretchTokens } from "./cue-zones.js";

/**
 * `Doe argued that the mayor has “a long way to go” on taxes, “because he is for the banks.”`: a quote with no cue
 * of its own that follows an attributed quote in the same sentence is more of that speaker's words (reporters cut a
 * statement into fragments and stitch them with paraphrase). True when no sentence starts between the two quotes.
 * A name between them is no reason to stop (`Cruz says his “friend” Marco Rubio ran “a fine campaign.”`).
 */
export function sharesSentenceWith(t: WordTable, previous: StretchTokens, st: StretchTokens): boolean {
  if (previous.lastParagraph !== st.stretch.paragraph || !previous.stretch.closed || previous.close >= st.open) return false;
  for (let k = previous.close + 1; k <= st.open; k++) if (((t.flags[k] ?? 0) & F_SENT) !== 0) return false;
  return true;
}
