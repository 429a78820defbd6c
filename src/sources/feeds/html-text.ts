import { collectBlockTexts } from "../../articles/html/block-texts.js";
import { parseHtmlDocument } from "../../articles/html/dom.js";
import { cleanParagraph } from "../../articles/normalise.js";

const BLANK_LINES = /\n\s*\n/;
const HTML_SPECIALS = /[&<>]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * The paragraphs of a feed's HTML (or plain) text: block elements end paragraphs, markup is dropped and
 * entities decoded by the HTML parser. Text without a tag is taken as plain text (the feed parser has
 * already decoded its entities once; decoding again would turn a literal "&amp;" into "&").
 */
export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  const blocks = html.includes("<") ? blockTexts(html) : html.split(BLANK_LINES);
  for (const block of blocks) {
    const paragraph = cleanParagraph(block);
    if (paragraph !== "") paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** One line of plain text from a title that may hold markup (Atom `type="html"`, CDATA in RSS). */
export function htmlLine(html: string): string {
  return html.includes("<") ? htmlParagraphs(html).join(" ") : cleanParagraph(html);
}

/** Plain text as HTML paragraphs (JSON Feed content_text, Atom type="text" content). */
export function textToHtml(text: string): string {
  let html = "";
  for (const block of text.split(BLANK_LINES)) {
    const paragraph = block.trim();
    if (paragraph !== "") html += `<p>${paragraph.replace(HTML_SPECIALS, (c) => ESCAPES[c] ?? c)}</p>`;
  }
  return html;
}

function blockTexts(html: string): string[] {
  const body = parseHtmlDocument(html).querySelector("body");
  return body === null ? [] : collectBlockTexts(body);
}
