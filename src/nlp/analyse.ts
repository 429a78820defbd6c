import type { Article } from "../articles/article.js";
import { AnalysedSentence, type ColumnsRef } from "./analysed-sentence.js";
import { charCodes } from "./char-codes.js";
import type { AnalysedDocument, Sentence, Span } from "./document.js";
import { splitSentences } from "./sentences.js";
import { TokenColumnsBuilder } from "./token-columns.js";
import { scanWords, tokenizeWithWords } from "./tokens.js";
import { startDocument } from "./word-lexicon.js";

const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * Prepares an article for every later stage: one text with paragraph spans, sentences, and their tokens
 * as columns (`columns`; each sentence's `tokens` are made from them on first use). Pure and linear in
 * the article's length.
 */
export function analyse(article: Article): AnalysedDocument {
  startDocument();
  const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
  const codes = charCodes(text);
  const builder = new TokenColumnsBuilder();
  const ref: ColumnsRef = { columns: undefined };
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let paragraph = 0; paragraph < article.paragraphs.length; paragraph++) {
    const span = { start: offset, end: offset + (article.paragraphs[paragraph] as string).length };
    paragraphs.push(span);
    const spans = splitSentences(text, span.start, span.end);
    for (let inParagraph = 0; inParagraph < spans.length; inParagraph++) {
      const { start, end } = spans[inParagraph] as Span;
      builder.startSentence();
      // Scanned in place in the document text: the same tokens as tokenize(sentence text, start).
      scanWords(text, codes, start, end, builder);
      sentences.push(new AnalysedSentence(start, end, sentences.length, paragraph, inParagraph, text.slice(start, end), ref));
    }
    offset = span.end + PARAGRAPH_SEPARATOR.length;
  }
  // After the body: the title's words share the body's stem numbers, and its codes replace the body's.
  const title = tokenizeWithWords(article.title);
  ref.columns = builder.finish(title.words);
  return { article, text, paragraphs, sentences, titleTokens: title.tokens, columns: ref.columns };
}
