import type { Article } from "../articles/article.js";

/** A character range [start, end) in `AnalysedDocument.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One word-like token: lower-cased form and its Porter2 stem. */
export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  /** Porter2 (Snowball English) stem of `lower`. */
  stem: string;
}

export interface Sentence extends Span {
  /** Index of the sentence in the document. */
  index: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  /** Position of the sentence inside its paragraph (0 = first). */
  inParagraph: number;
  /** The sentence text, verbatim. */
  text: string;
  /** Its tokens. From `analyse` they are made on first use: walk `AnalysedDocument.columns` instead. */
  tokens: Token[];
}

/**
 * An article prepared for the pipeline. `text` is the paragraphs joined by "\n\n"; every span in the
 * analysis (sentences, tokens, quotes, mentions) indexes into it, so any part can be shown verbatim.
 */
export interface AnalysedDocument {
  article: Article;
  text: string;
  /** Span of each paragraph in `text`. */
  paragraphs: Span[];
  sentences: Sentence[];
  /** Tokens of the headline (for headline-overlap features). */
  titleTokens: Token[];
  /**
   * The same tokens as columns, built by `analyse` in the same pass; stages that walk every token should
   * read these (a sentence's `tokens` are then never made). Absent from a document assembled by other
   * means: stages fall back to `Sentence.tokens`.
   */
  columns?: TokenColumns;
}

/** A word form as the tokenizer reads it, shared by every token written alike: read only. */
export interface Word {
  /** The token as written. */
  readonly text: string;
  readonly lower: string;
  /** Porter2 stem of `lower` (possessive folded). */
  readonly stem: string;
}

/**
 * Every token of `AnalysedDocument.sentences`, in document order, as columns: the token k of the document
 * is `forms[form[k]]` at `start[k]..end[k]`. Stages work on these integers instead of hashing each token's
 * strings again, can do per-form or per-stem work once per distinct form or stem, and no object is made
 * per token.
 */
export interface TokenColumns {
  /** Where each token starts and ends in `AnalysedDocument.text`. */
  start: Int32Array;
  end: Int32Array;
  /** Form number of each token: 0, 1, 2... in order of the form's first use in the document. */
  form: Int32Array;
  /** The word form of each form number (text, lower case, stem: the strings of `Sentence.tokens`). */
  forms: readonly Word[];
  /** The word form of each token, `forms[form[k]]`, as one array made on first read. */
  readonly words: readonly Word[];
  /** Stem number of each token: 0, 1, 2... in order of the stem's first use in the document. */
  stem: Int32Array;
  /** The stem of each stem number. */
  stems: string[];
  /** Shape bits of each token (SHAPE_CAPITALISED, SHAPE_DIGIT in word-lexicon.ts). */
  shape: Uint8Array;
  /** Index of each sentence's first token, plus one final entry: the number of tokens. */
  sentenceStarts: Int32Array;
  /** Stem number of each title token, -1 for a stem the sentences never use. */
  titleStems: Int32Array;
}
