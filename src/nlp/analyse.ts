import type { Article } from "../articles/article.js";
import type { AnalysedDocument, Sentence, Span, Token } from "./document.js";
import { splitSentences } from "./sentences.js";
import { TokenColumnsBuilder, WordList } from "./token-columns.js";
import { tokenizeRange } from "./tokens.js";
import { startDocument } from "./word-lexicon.js";

const PARAGRAPH_SEPARATOR = "\n\n";
// News prose averages about six characters per token (word and space): sizes the token columns up front.
const CHARS_PER_TOKEN = 6;

/**
 * Prepares an article for every later stage: one text with paragraph spans, sentences and stemmed tokens,
 * and the same tokens as number columns. Pure and linear in the article's length.
 */
export function analyse(article: Article): AnalysedDocument {
  startDocument();
  const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
  const columns = new TokenColumnsBuilder(Math.ceil(text.length / CHARS_PER_TOKEN));
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let paragraph = 0; paragraph < article.paragraphs.length; paragraph++) {
    const span = { start: offset, end: offset + (article.paragraphs[paragraph] as string).length };
    paragraphs.push(span);
    const spans = splitSentences(text, span.start, span.end);
    for (let inParagraph = 0; inParagraph < spans.length; inParagraph++) {
      const { start, end } = spans[inParagraph] as Span;
      const tokens: Token[] = [];
      columns.startSentence();
      // Tokenized in place in the document text: the same tokens as tokenize(sentence text, start).
      tokenizeRange(text, start, end, tokens, columns);
      sentences.push({ start, end, index: sentences.length, paragraph, inParagraph, text: text.slice(start, end), tokens });
    }
    offset = span.end + PARAGRAPH_SEPARATOR.length;
  }
  const titleTokens: Token[] = [];
  const titleWords = new WordList();
  tokenizeRange(article.title, 0, article.title.length, titleTokens, titleWords);
  return { article, text, paragraphs, sentences, titleTokens, columns: columns.finish(titleWords.forms) };
}
