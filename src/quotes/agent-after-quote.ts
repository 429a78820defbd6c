import type { EntityIndex } from "../nlp/entities/entity.js";
import { F_QUOTE, F_WORD } from "../nlp/entities/word-table.js";
import { phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase.js";

const MAX_QUOTE_SCAN = 60;
const MAX_AGENT_WORDS = 8;

/**
 * "emails recently labeled “top secret” by the State Department": a past participle whose quoted complement is
 * followed by "by" is passive, and the one after "by" said it, whatever noun the participle hangs on. `verb` is
 * the participle, right before the quote. Returns the agent's phrase, or undefined when no "by" follows the quote.
 */
export function agentAfterQuote(index: EntityIndex, quoted: Uint8Array, verb: number): SpeakerPhrase | null | undefined {
  const t = index.words;
  if (!(t.lower[verb] ?? "").endsWith("ed")) return undefined;
  let k = verb + 1;
  while (k < t.count && k - verb < MAX_QUOTE_SCAN && (quoted[k] || ((t.flags[k] ?? 0) & (F_QUOTE | F_WORD)) === F_QUOTE)) k++;
  if (k === verb + 1 || t.lower[k] !== "by") return undefined;
  return phraseStartingAt(index, k + 1, Math.min(t.count - 1, k + MAX_AGENT_WORDS));
}
