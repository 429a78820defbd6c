import { stem } from "../../nlp/tokens.js";
import { SEARCH_STOP_WORDS } from "./stop-words.js";

/** One search term, made only of lower-cased letters, digits and single spaces (so it can never carry syntax). */
export interface QueryTerm {
  /** One word ("afghanistan") or, for a dotted abbreviation or an inner apostrophe, a phrase ("u s", "o brien"). */
  text: string;
  /** Also match words that start with it ("afghan" finds "afghanistan"); false for phrases and short stems. */
  prefix: boolean;
}

/** At most this many terms: a pasted paragraph must not become a 200-way OR. */
export const MAX_QUERY_TERMS = 8;
/** Only the start of a pasted wall of text is read: eight terms never need more. */
export const MAX_QUERY_CHARS = 500;
/**
 * Words whose stem is shorter are matched whole (stemmed): FTS5 expands a prefix to every indexed word that
 * starts with it and scores them all, and short stems ("hous"* from "houses", "flee"* from "flees") match a
 * third of a library. "afghan" (6) still finds "afghanistan".
 */
export const MIN_PREFIX_STEM = 5;

// A word is a run of letters, digits and combining marks, optionally joined by inner apostrophes, hyphens or
// periods ("U.S.", "non-Taliban", "O'Brien"). Everything else (quotes, operators, parentheses, "*", ":",
// emoji) is a separator. Each alternative consumes at least one character, so the scan is linear.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const APOSTROPHE = /['’]/;
const POSSESSIVE = /['’]s$/;

/**
 * Splits what a user typed into safe search terms: lower-cased, stop words dropped (unless nothing else is
 * left), duplicates dropped, in the order typed. Pure; shared by every store implementation.
 *
 * @example parseQueryTerms('U.S. "non-Taliban" AND NEAR(') // [{text:"u s"}, {text:"non"}, {text:"taliban", prefix}, {text:"near"}]
 */
export function parseQueryTerms(query: string): QueryTerm[] {
  const all: QueryTerm[] = [];
  for (const match of query.slice(0, MAX_QUERY_CHARS).normalize("NFKC").toLowerCase().matchAll(WORD)) {
    for (const term of wordTerms(match[0])) {
      if (!all.some((t) => t.text === term.text)) all.push(term);
    }
  }
  const content = all.filter((t) => !SEARCH_STOP_WORDS.has(t.text));
  return (content.length > 0 ? content : all).slice(0, MAX_QUERY_TERMS);
}

/** Terms of one word: a dotted abbreviation or an apostrophe name is a phrase, a hyphenated word its parts. */
function wordTerms(word: string): QueryTerm[] {
  if (DOTTED_ABBREVIATION.test(word)) return [{ text: word.split(".").join(" "), prefix: false }];
  const terms: QueryTerm[] = [];
  for (const part of word.split(/[.-]/)) {
    const base = part.replace(POSSESSIVE, "");
    if (base === "") continue;
    if (APOSTROPHE.test(base)) terms.push({ text: base.split(APOSTROPHE).filter(Boolean).join(" "), prefix: false });
    else terms.push({ text: base, prefix: [...stem(base)].length >= MIN_PREFIX_STEM });
  }
  return terms;
}
