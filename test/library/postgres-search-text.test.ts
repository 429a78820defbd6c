import { describe, expect, it } from "vitest";
import { parseQueryTerms } from "../../src/library/search/query-terms.js";
import { buildTsQuery, searchWords } from "../../src/library/postgres/search-text.js";

// The PostgreSQL store's language work, without a database: the words it indexes and the tsquery text it
// passes (as a parameter) to to_tsquery('simple', ...).

describe("searchWords", () => {
  it("splits on anything but letters and digits, folds case and accents, stems", () => {
    expect(searchWords("U.S. evacuations from Afghanistan’s Kabul — Valparaíso, O'Brien 9,000")).toBe("u s evacu from afghanistan s kabul valparaiso o brien 9 000");
    expect(searchWords("")).toBe("");
    expect(searchWords("  ... ")).toBe("");
  });

  it("indexes a word the way a query for it is built", () => {
    for (const word of ["Élise", "İstanbul", "e\u0301lections", "ＡＢＣ"]) {
      const [term] = parseQueryTerms(word);
      expect(buildTsQuery([term!], "all")).toContain(`'${searchWords(word)}'`);
    }
  });
});

describe("buildTsQuery", () => {
  it("quotes every lexeme, joins phrases with <->, prefixes long stems", () => {
    expect(buildTsQuery(parseQueryTerms("U.S. O'Brien afghan elections"), "all")).toBe("('u' <-> 's') & ('o' <-> 'brien') & ('afghan' | 'afghan':*) & ('elect' | 'elect':*)");
    expect(buildTsQuery(parseQueryTerms("Benning EU"), "any")).toBe("'ben' | 'eu'");
    expect(buildTsQuery([], "all")).toBe("");
  });

  it("leaves no tsquery syntax from what the user typed", () => {
    const hostile = ["a & b | !c <-> d:*", "'; DROP TABLE articles; --", "\\'", "(((", "x:* & y:A", "🙂", "\u0000"];
    for (const query of hostile) {
      const tsquery = buildTsQuery(parseQueryTerms(query), "any");
      // Outside the quoted lexemes only the builder's own operators remain.
      expect(tsquery.replace(/'[\p{L}\p{N}]+'/gu, "").replace(/:\*|<->|[|&() ]/g, "")).toBe("");
    }
  });
});
