import type { Article } from "../articles/article.js";
import type { AnalysedDocument, Sentence, Span } from "./document.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * Prepares an article for every later stage: one text with paragraph spans, sentences and stemmed tokens.
 * Pure and linear in the article's length.
 */
export function analyse(article: Article): AnalysedDocument {
  const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let paragraph = 0; paragraph < article.paragraphs.length; paragraph++) {
    const span = { start: offset, end: offset + (article.paragraphs[paragraph]?.length ?? 0) };
    paragraphs.push(span);
    const spans = splitSentences(text, span.start, span.end);
    for (let inParagraph = 0; inParagraph < spans.length; inParagraph++) {
      const { start, end } = spans[inParagraph] as Span;
      const sentenceText = text.slice(start, end);
      const index = sentences.length;
      sentences.push({ start, end, index, paragraph, inParagraph, text: sentenceText, tokens: tokenize(sentenceText, start) });
    }
    offset = span.end + PARAGRAPH_SEPARATOR.length;
  }
  return { article, text, paragraphs, sentences, titleTokens: tokenize(article.title) };
}
