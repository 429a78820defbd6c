import type { WordTable } from "../nlp/entities/word-table.js";
import type { Zone } from "./cue-zones.js";

// Sentence adverbs that link a quote to what came before without naming anyone: "Instead, “...”", "Adding, “...”".
const LINKING_WORDS = new Set([
  "instead", "indeed", "specifically", "adding", "also", "still", "later", "then", "again", "however", "moreover", "finally", "meanwhile",
  "besides", "furthermore", "otherwise", "nonetheless", "nevertheless", "likewise", "similarly", "rather",
]);

/**
 * `“He’s supposed to be a cheerleader,” Trump said. Instead, “he just acts like a defeated man.”`: the words before
 * the quote are one linking adverb and its comma, so the quote has no cue of its own and goes on with the speaker.
 */
export function opensWithLinkingWord(t: WordTable, before: Zone): boolean {
  return before.last === before.first + 1 && t.lower[before.last] === "," && LINKING_WORDS.has(t.lower[before.first] ?? "");
}
