// A feed item's text as Markdown, so the article reader takes the item's title as the headline whatever
// its punctuation (the plain-text reader would guess, and a headline ending in "." reads as prose), while
// every character of the text survives verbatim: quotes must never change.

/** Characters with inline or block meaning anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>&~|#]/g;
/** At the start of a paragraph: list markers ("- ", "+ ", "1. ", "1) ") and an = or - setext line. */
const LEADING_MARKER = /^(?:([-+=])|(\d{1,9})([.)]))/;

/** "# Title\n\nparagraph\n\nparagraph", with Markdown syntax escaped so it reads back as the same text. */
export function itemMarkdown(title: string, paragraphs: readonly string[]): string {
  let markdown = title === "" ? "" : `# ${escapeMarkdown(title)}\n\n`;
  for (const paragraph of paragraphs) markdown += `${escapeMarkdown(paragraph)}\n\n`;
  return markdown;
}

/** One line of text (no line breaks: paragraphs come cleaned) made literal for a Markdown reader. */
export function escapeMarkdown(line: string): string {
  return line.replace(SPECIAL, "\\$&").replace(LEADING_MARKER, (_all, sign?: string, digits?: string, mark?: string) =>
    sign !== undefined ? `\\${sign}` : `${digits}\\${mark}`,
  );
}
