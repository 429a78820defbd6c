import type { QueryTerm } from "./query-terms.js";

/** "any": at least one term matches (recall); "all": every term matches (ranked above "any" hits). */
export type MatchMode = "any" | "all";

/**
 * Builds an SQLite FTS5 MATCH expression from parsed terms. Every term is a double-quoted FTS5 string, and
 * terms only ever hold letters, digits and spaces (see parseQueryTerms), so nothing the user typed can act
 * as FTS5 syntax. A prefix term is `("w" OR "w"*)`: the porter tokenizer stems both, the prefix finds
 * "afghanistan" for "afghan", and since bm25 sums over phrases, an exact-stem match scores twice and ranks
 * above a mere prefix match ("elect"* also matches "electricity").
 * Returns "" when there are no terms (the caller must then not query at all).
 */
export function buildFts5Match(terms: readonly QueryTerm[], mode: MatchMode): string {
  const groups = terms.map((term) => {
    const quoted = `"${term.text}"`;
    return term.prefix ? `(${quoted} OR ${quoted}*)` : quoted;
  });
  return groups.join(mode === "all" ? " AND " : " OR ");
}
