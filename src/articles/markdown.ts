import { Lexer, type Token, type Tokens } from "marked";
import { decodeEntities } from "./decode-entities.js";
import { looksLikeHeadline } from "./headline.js";
import type { ArticleDraft } from "./normalise.js";

/** YAML front matter (Jekyll, Hugo): skipped as text, but its `title:` is a headline. */
const FRONT_MATTER_END = "\n---\n";
const FRONT_MATTER_TITLE = /^title:[ \t]*(.+)$/m;

/**
 * Reads Markdown with marked's lexer. The headline is the first level-1 heading, or a level-2 heading
 * that opens the document; other headings, paragraphs, list items and blockquotes become paragraphs
 * with inline markup removed (a link keeps its text). Code, tables, raw HTML and images are dropped:
 * they are not prose a briefing can quote.
 */
export function readMarkdown(markdown: string): ArticleDraft {
  const { body, title: frontTitle } = splitFrontMatter(markdown);
  const tokens = Lexer.lex(body);
  const titleToken = findTitle(tokens);
  const paragraphs: string[] = [];
  collectBlocks(tokens, titleToken, paragraphs);
  if (titleToken !== undefined) return { title: inlineText(titleToken.tokens), paragraphs };
  if (frontTitle !== "") return { title: frontTitle, paragraphs };
  const lead = paragraphs[0];
  if (lead !== undefined && looksLikeHeadline(lead)) return { title: lead, paragraphs: paragraphs.slice(1) };
  return { title: "", paragraphs };
}

function splitFrontMatter(markdown: string): { body: string; title: string } {
  if (!markdown.startsWith("---\n")) return { body: markdown, title: "" };
  const end = markdown.indexOf(FRONT_MATTER_END, 3);
  if (end < 0) return { body: markdown, title: "" };
  const title = FRONT_MATTER_TITLE.exec(markdown.slice(4, end))?.[1]?.trim() ?? "";
  return { body: markdown.slice(end + FRONT_MATTER_END.length), title: stripYamlQuotes(title) };
}

function stripYamlQuotes(value: string): string {
  const quote = value[0];
  return (quote === "\"" || quote === "'") && value.endsWith(quote) && value.length > 1 ? value.slice(1, -1) : value;
}

function findTitle(tokens: readonly Token[]): Tokens.Heading | undefined {
  for (const token of tokens) if (token.type === "heading" && token.depth === 1) return token as Tokens.Heading;
  const opening = tokens.find((token) => token.type !== "space" && token.type !== "hr");
  return opening?.type === "heading" && opening.depth === 2 ? (opening as Tokens.Heading) : undefined;
}

function collectBlocks(tokens: readonly Token[], skip: Token | undefined, out: string[]): void {
  for (const token of tokens) {
    if (token === skip) continue;
    switch (token.type) {
      case "heading":
      case "paragraph":
      case "text":
        out.push(inlineText((token as Tokens.Heading | Tokens.Paragraph | Tokens.Text).tokens ?? [token]));
        break;
      case "list":
        for (const item of (token as Tokens.List).items) collectBlocks(item.tokens, skip, out);
        break;
      case "blockquote":
        collectBlocks((token as Tokens.Blockquote).tokens, skip, out);
        break;
      default: // code, table, html, hr, space, def: not prose
        break;
    }
  }
}

/** The plain text of inline tokens: markup dropped, link text kept, entities decoded. */
function inlineText(tokens: readonly Token[]): string {
  let text = "";
  for (const token of tokens) {
    switch (token.type) {
      case "html":
      case "image":
        break; // inline tags and pictures carry no prose
      case "br":
        text += " ";
        break;
      case "escape":
      case "codespan":
        text += (token as Tokens.Escape | Tokens.Codespan).text;
        break;
      default: {
        const children = "tokens" in token ? (token.tokens as Token[] | undefined) : undefined;
        if (children !== undefined && children.length > 0) text += inlineText(children);
        else if ("text" in token && typeof token.text === "string") text += decodeEntities(token.text);
      }
    }
  }
  return text;
}
