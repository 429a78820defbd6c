import type { AnalysedDocument, Sentence, Token, TokenColumns } from "./document.js";

/** Where the sentences of a document find its token columns, which are finished after the sentences. */
export interface ColumnsRef {
  columns: TokenColumns | undefined;
}

/**
 * A sentence whose `tokens` are made on first use, from the document's token columns. The engine's stages
 * walk the columns, so a briefing makes no object per token: on a long article those objects would
 * outlive the young generation and make the garbage collector's work grow faster than the text.
 */
export class AnalysedSentence implements Sentence {
  #tokens: Token[] | undefined;
  readonly #columns: ColumnsRef;

  constructor(
    public start: number,
    public end: number,
    public index: number,
    public paragraph: number,
    public inParagraph: number,
    public text: string,
    columns: ColumnsRef,
  ) {
    this.#columns = columns;
  }

  get tokens(): Token[] {
    this.#tokens ??= makeTokens(this.#columns.columns, this.index);
    return this.#tokens;
  }

  set tokens(tokens: Token[]) {
    this.#tokens = tokens;
  }
}

function makeTokens(columns: TokenColumns | undefined, sentence: number): Token[] {
  if (columns === undefined) return [];
  const tokens: Token[] = [];
  for (let k = columns.sentenceStarts[sentence] ?? 0, last = columns.sentenceStarts[sentence + 1] ?? 0; k < last; k++) {
    const word = columns.forms[columns.form[k] ?? -1];
    if (word === undefined) break;
    tokens.push({ text: word.text, lower: word.lower, stem: word.stem, start: columns.start[k] ?? 0, end: columns.end[k] ?? 0 });
  }
  return tokens;
}

/** Number of tokens of sentence `s` of `doc`, without making them when the columns are there. */
export function sentenceTokenCount(doc: AnalysedDocument, s: number): number {
  const starts = doc.columns?.sentenceStarts;
  if (starts !== undefined) return (starts[s + 1] ?? 0) - (starts[s] ?? 0);
  return doc.sentences[s]?.tokens.length ?? 0;
}

/** Number of tokens of all the sentences of `doc`. */
export function documentTokenCount(doc: AnalysedDocument): number {
  if (doc.columns !== undefined) return doc.columns.start.length;
  let count = 0;
  for (const sentence of doc.sentences) count += sentence.tokens.length;
  return count;
}
