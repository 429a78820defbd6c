import { describe, expect, it } from "vitest";
import { documentTokenCount, sentenceTokenCount } from "../../src/nlp/analysed-sentence.js";
import { analyse } from "../../src/nlp/analyse.js";
import type { AnalysedDocument, TokenColumns } from "../../src/nlp/document.js";
import { SHAPE_CAPITALISED, SHAPE_DIGIT } from "../../src/nlp/word-lexicon.js";

const PARAGRAPHS = [
  "The River Mill burst its banks on Tuesday, and 400 people left their homes.",
  "\"We have never seen the river rise this fast,\" said Mayor Ann Holt. The mayor's office opened the hall.",
  "Rivers rose across the region in 2024.",
];

function analysed(): { doc: AnalysedDocument; columns: TokenColumns } {
  const doc = analyse({ id: "t", title: "Mayor warns as river rises over Elbonia", paragraphs: PARAGRAPHS });
  if (doc.columns === undefined) throw new Error("analyse made no columns");
  return { doc, columns: doc.columns };
}

describe("token columns", () => {
  it("hold every token of every sentence, in order", () => {
    const { doc, columns } = analysed();
    const tokens = doc.sentences.flatMap((s) => s.tokens);
    expect(columns.start.length).toBe(tokens.length);
    tokens.forEach((token, k) => {
      const form = columns.forms[columns.form[k] ?? -1];
      expect(form?.text).toBe(token.text);
      expect(form?.lower).toBe(token.lower);
      expect(form?.stem).toBe(token.stem);
      expect(columns.words[k]).toBe(form);
      expect(columns.stems[columns.stem[k] ?? -1]).toBe(token.stem);
      expect([columns.start[k], columns.end[k]]).toEqual([token.start, token.end]);
    });
    doc.sentences.forEach((sentence, s) => {
      expect((columns.sentenceStarts[s + 1] ?? 0) - (columns.sentenceStarts[s] ?? 0)).toBe(sentence.tokens.length);
    });
    expect(columns.sentenceStarts[doc.sentences.length]).toBe(tokens.length);
  });

  it("number forms and stems in order of first use, one number per distinct form or stem", () => {
    const { columns } = analysed();
    expect(new Set(columns.forms.map((f) => f.text)).size).toBe(columns.forms.length);
    expect(new Set(columns.stems).size).toBe(columns.stems.length);
    let nextForm = 0;
    let nextStem = 0;
    for (let k = 0; k < columns.form.length; k++) {
      if (columns.form[k] === nextForm) nextForm++;
      else expect(columns.form[k]).toBeLessThan(nextForm);
      if (columns.stem[k] === nextStem) nextStem++;
      else expect(columns.stem[k]).toBeLessThan(nextStem);
    }
    // "River" and "river" are two forms of one stem.
    const river = columns.forms.filter((f) => f.lower === "river");
    expect(river.map((f) => f.text).sort()).toEqual(["River", "river"]);
    expect(columns.stems.filter((s) => s === "river")).toHaveLength(1);
  });

  it("mark capitalised and numeric tokens", () => {
    const { columns } = analysed();
    const shapeOf = (text: string): number | undefined => {
      const form = columns.forms.findIndex((f) => f.text === text);
      return columns.shape[columns.form.indexOf(form)];
    };
    expect(shapeOf("River")).toBe(SHAPE_CAPITALISED);
    expect(shapeOf("400")).toBe(SHAPE_DIGIT);
    expect(shapeOf("banks")).toBe(0);
  });

  it("give the title's stems the body's numbers, -1 when the body lacks them", () => {
    const { doc, columns } = analysed();
    expect(Array.from(columns.titleStems)).toEqual(doc.titleTokens.map((token) => columns.stems.indexOf(token.stem)));
    expect(columns.titleStems[doc.titleTokens.findIndex((t) => t.text === "Elbonia")]).toBe(-1);
    expect(columns.titleStems[doc.titleTokens.findIndex((t) => t.text === "river")]).toBeGreaterThanOrEqual(0);
  });
});

describe("analysed sentences", () => {
  it("make their tokens once, on first use, and accept replacements", () => {
    const { doc } = analysed();
    const sentence = doc.sentences[1];
    if (sentence === undefined) throw new Error("no sentence");
    expect(sentence.tokens).toBe(sentence.tokens);
    sentence.tokens = [];
    expect(sentence.tokens).toEqual([]);
  });

  it("count tokens from the columns, or from the tokens without them", () => {
    const { doc } = analysed();
    const counts = doc.sentences.map((s) => s.tokens.length);
    expect(doc.sentences.map((_, s) => sentenceTokenCount(doc, s))).toEqual(counts);
    expect(documentTokenCount(doc)).toBe(counts.reduce((a, b) => a + b, 0));
    const withoutColumns: AnalysedDocument = { ...doc, columns: undefined };
    expect(documentTokenCount(withoutColumns)).toBe(documentTokenCount(doc));
    expect(sentenceTokenCount(withoutColumns, 1)).toBe(counts[1]);
  });
});
