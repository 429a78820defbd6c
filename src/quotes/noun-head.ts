import { L_APOSTROPHE, L_COMMON_PLURAL, L_DETERMINER, L_EDGE, L_ROLE_NOUN } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_POSS, wordBits, type WordTable } from "../nlp/entities/word-table.js";

/**
 * Can the lower-case word at `last` head a description of a speaker that starts at `first`? Not an adverb, a
 * preposition or an article ("now [said]", "however", "like", "all without", "clicking the"), though a lone
 * "another" or "both" [said] can; and not a contraction, which holds a verb ("he’d", "won’t").
 */
export function headsDescription(t: WordTable, first: number, last: number): boolean {
  const bits = wordBits(t, last);
  if ((bits & L_EDGE) !== 0 && !(first === last && (bits & L_DETERMINER) !== 0)) return false;
  return (bits & L_APOSTROPHE) === 0 || ((t.flags[last] ?? 0) & F_POSS) !== 0;
}

// Nouns that name a group and take a plural verb without an article: "police said".
const COLLECTIVE_NOUNS = new Set(["police", "staff", "media", "military", "personnel", "clergy", "management", "people"]);

/**
 * A subject of one lower-case word with no article is a plural, a role, a group or a quantity ("critics say",
 * "police said", "spokesman [said]", "most said", "another [said]"); a lone singular word is the end of something
 * else ("..., which is currently airing, argues", "... from constitutional scholars to defend").
 */
export function standsAsBareSubject(t: WordTable, k: number): boolean {
  const lower = t.lower[k] ?? "";
  if ((wordBits(t, k) & (L_ROLE_NOUN | L_COMMON_PLURAL | L_DETERMINER)) !== 0 || COLLECTIVE_NOUNS.has(lower)) return true;
  return lower.endsWith("s") && !lower.endsWith("ss");
}

/** "An early tweet", "the elderly man": a word in -ly right after an article describes the noun; it is no adverb. */
export function isAdjectiveInLy(t: WordTable, k: number): boolean {
  const lower = t.lower[k] ?? "";
  return lower.endsWith("ly") && ((t.flags[k] ?? 0) & F_LOWER) !== 0 && (wordBits(t, k - 1) & L_DETERMINER) !== 0;
}

// Articles and possessives: what follows them is a noun phrase, never a clause ("that egregiously" may be one).
const NOUN_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);

/** "the rally", "a member of the family": a word in -ly right after an article or a possessive is a noun; no adverb. */
export function isNounInLy(t: WordTable, k: number): boolean {
  return isAdjectiveInLy(t, k) && NOUN_OPENERS.has(t.lower[k - 1] ?? "");
}
