// The tokenizer runs its word pattern by hand over a lexicon of word forms (src/nlp/word-lexicon.ts). These
// tests hold it to the pattern as a regular expression, on hand-written and generated text.
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/nlp/document.js";
import { analyse } from "../../src/nlp/analyse.js";
import { stem, tokenize } from "../../src/nlp/tokens.js";

const WORD_CHAR = "A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDCF\uFE70-\uFEFF";
const WORD = new RegExp(`[${WORD_CHAR}]+(?:['’.&-]{1,2}[${WORD_CHAR}]+)*\\.?`, "g");

/** The specification: the pattern as a regex, and the token each match makes. */
function referenceTokens(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith(".") && !/^(?:\p{L}\.){2,}$/u.test(word)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    const base = lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower;
    const start = offset + m.index;
    tokens.push({ text: word, lower, stem: stem(base.replaceAll("’", "'")), start, end: start + word.length });
  }
  return tokens;
}

/** Deterministic text from an alphabet that stresses every branch of the pattern. */
function generatedText(seed: number, length: number): string {
  const pieces = [
    "a", "Z", "é", "Ж", "東", "ß", "İ", "7", "'", "’", ".", "&", "-", " ", "  ", "\n", ",", "!", "?", "\u00a0",
    "\ud83d\ude00", "\ud800", "\udc00", "\u0301", "\u2014", "\ufeff", "\uff21", "U.S.", "'s", "’s", "..", "--", "_",
  ];
  let state = seed >>> 0;
  let text = "";
  while (text.length < length) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    text += pieces[state % pieces.length];
  }
  return text;
}

describe("tokenize, against the word pattern as a regex", () => {
  it.each([
    "The U.S.-led mission, AT&T's deal and rock ’n’ roll.",
    "He went to the U.S. and left... then came back.. x--y x.-y x'-z a&&b 'quoted' ’s s’",
    "O’Neill’s Reynolds’ plan; Pakistan's PM; CAPITALS’S; e.g. i.e. a.m. p.m. D.C.",
    "Москва — столица 🙂 東京; ΣΊΣΥΦΟΣ straße İstanbul ﬁne ＡＢＣ １２３",
    "1,000 3.5 $4.2bn 10-year-old 9/11 24/7 No. 5 Sept. 8, 2021.",
    `${"A".repeat(3000)} b.c.d.e.f. end.`,
    "",
    "...",
    "x",
  ])("%#", (text) => {
    expect(tokenize(text)).toEqual(referenceTokens(text));
    expect(tokenize(text, 41)).toEqual(referenceTokens(text, 41));
  });

  it("matches on generated text with joiners, surrogates and symbols", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const text = generatedText(seed, 400);
      expect(tokenize(text), `seed ${seed}`).toEqual(referenceTokens(text));
    }
  });

  it("gives a document the same tokens as tokenizing each sentence alone", () => {
    const paragraphs = [generatedText(7, 300).replaceAll("\n", " "), "Mr. Smith’s plan. The U.S. agreed.", generatedText(8, 200).replaceAll("\n", " ")];
    const doc = analyse({ id: "t", title: "U.S. plan’s fate", paragraphs });
    for (const sentence of doc.sentences) {
      expect(sentence.tokens).toEqual(referenceTokens(sentence.text, sentence.start));
    }
    expect(doc.titleTokens).toEqual(referenceTokens("U.S. plan’s fate"));
  });
});

describe("the word lexicon", () => {
  it("stays correct when it fills up and starts over between documents", () => {
    // More distinct words than the lexicon keeps (100,000): it must grow within the document and be
    // cleared before the next one, without mixing up word or stem numbers.
    const words: string[] = [];
    for (let n = 0; n < 120_000; n++) words.push(`w${n.toString(36)}x`);
    const big = analyse({ id: "big", title: "", paragraphs: [words.join(" ")] });
    const columns = big.columns;
    expect(columns?.start.length).toBe(words.length);
    expect(columns?.forms.length).toBe(words.length);
    expect(columns?.forms[columns.form[119_999] ?? -1]?.text).toBe(words[119_999]);
    const text = "Pakistan's legitimate claims were earned, he said. The claims stand.";
    const next = analyse({ id: "next", title: "Claims", paragraphs: [text] });
    expect(next.sentences.flatMap((s) => s.tokens)).toEqual(referenceTokens(text));
    expect(next.columns?.stems).toEqual(["pakistan", "legitim", "claim", "were", "earn", "he", "said", "the", "stand"]);
    expect(Array.from(next.columns?.titleStems ?? [])).toEqual([2]);
  });
});
