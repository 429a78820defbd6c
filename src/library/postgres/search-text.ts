import { stem } from "../../nlp/tokens.js";
import type { MatchMode } from "../search/fts5-match.js";
import type { QueryTerm } from "../search/query-terms.js";

// PostgreSQL's own tokenizer and `english` stemmer disagree with the query parser (query-terms.ts) in ways
// users would notice: "U.S." becomes the host name "u.s", "s" is a stop word, accents are kept. So the store
// does the language work itself, the same way on both sides: words are runs of letters and digits, accents
// folded, lower-cased and Porter2-stemmed (the stemmer the rest of newsbrief uses); PostgreSQL indexes them
// with the `simple` configuration, which only splits on the spaces put between them (ADR 013).

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Characters of stemmed words indexed per field at most. A tsvector holds at most 1 MB, and ingest lets texts
 * of up to 5 MB through (ADR 006): without a bound such a text would fail its whole batch. 100,000 characters
 * of headline, lead and body together (about 15,000 words, far beyond any news article) stay under 1 MB
 * even for three-byte scripts with every word distinct.
 */
export const INDEXED_CHARS = { headline: 2_000, lead: 30_000, body: 68_000 } as const;

/** The stemmed words of a text, space-separated, the first `maxChars` at most: what to_tsvector('simple', ...) indexes. */
export function searchWords(text: string, maxChars = Infinity): string {
  let out = "";
  for (const [word] of fold(text).matchAll(WORD)) {
    const stemmed = stem(word);
    if (out.length + stemmed.length + 1 > maxChars) break;
    out += out === "" ? stemmed : ` ${stemmed}`;
  }
  return out;
}

/**
 * A tsquery (for to_tsquery('simple', $1), always passed as a parameter) from parsed query terms; "" when
 * nothing is left. Every lexeme is single-quoted and holds only letters and digits, so nothing the user typed
 * can act as tsquery syntax. A phrase term ("u s") is `'u' <-> 's'`; a prefix term is `('w' | 'w':*)`, like
 * the SQLite store's, so "afghan" finds "afghanistan".
 */
export function buildTsQuery(terms: readonly QueryTerm[], mode: MatchMode): string {
  const groups: string[] = [];
  for (const term of terms) {
    const words = searchWords(term.text).split(" ").filter(Boolean);
    if (words.length === 0) continue;
    if (words.length > 1) groups.push(`(${words.map(quote).join(" <-> ")})`);
    else groups.push(term.prefix ? `(${quote(words[0]!)} | ${quote(words[0]!)}:*)` : quote(words[0]!));
  }
  return groups.join(mode === "all" ? " & " : " | ");
}

/** Lower-cased, compatibility-normalised, accents removed: "Valparaíso" and "Valparaiso" are one word. */
function fold(text: string): string {
  // Lower-cased first: some capitals decompose into a letter and a mark ("İ").
  return text.toLowerCase().normalize("NFKD").replace(MARKS, "");
}

function quote(word: string): string {
  return `'${word}'`;
}
