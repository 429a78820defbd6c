import { L_NP_BREAKER, L_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_WORD, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import type { StretchTokens } from "./cue-zones.js";
import { shapeOf } from "./quote-shape.js";

// A slogan or name used as a modifier is short: "Ted Cruz", "Make America Great Again".
const MAX_MODIFIER_WORDS = 5;
const END_PUNCTUATION = new Set([",", ".", "!", "?", ";", ":", "…"]);

/**
 * “wearing a cowboy hat and “Ted Cruz” campaign pins, said”: a short title-case quote inside a clause and right
 * before a lower-case noun names the thing after it; nobody says it. Left as a quote, it would also cut the
 * sentence in two and hide the attribution after it from the quote before.
 */
export function isAttributiveTitle(text: string, t: WordTable, st: StretchTokens): boolean {
  const piece = st.stretch.pieces[0];
  if (!st.stretch.closed || st.stretch.pieces.length !== 1 || !piece) return false;
  // A name or slogan used as a modifier never ends in punctuation of its own ("“Celebrity Apprentice,” note that").
  if (END_PUNCTUATION.has(text[piece.end - 1] ?? "")) return false;
  const before = st.open - 1;
  const after = st.close + 1;
  if (((t.flags[before] ?? 0) & F_WORD) === 0 || ((t.flags[after] ?? 0) & F_LOWER) === 0) return false;
  if ((wordBits(t, after) & (L_NP_BREAKER | L_SPEECH_VERB)) !== 0) return false;
  const shape = shapeOf(text, st.stretch.pieces);
  return shape.titleCase && shape.words <= MAX_MODIFIER_WORDS;
}
