import { looksLikeHeadline } from "./headline.js";
import { cleanParagraph, isProse, type ArticleDraft } from "./normalise.js";

// Plain text comes in two shapes. News copy usually has one paragraph per line, often with NO blank
// line between paragraphs (so every line is a paragraph). Email- or terminal-style text is hard-wrapped
// at ~60-100 columns (so lines are joined back, and only deliberate breaks end a paragraph).

/** Share of continued lines that must end mid-sentence, and be "full", for a text to count as wrapped. */
const MIN_MID_SENTENCE_SHARE = 0.5;
const MIN_FULL_SHARE = 0.6;
/** Nobody hard-wraps wider or narrower than these; other texts have one paragraph per line. */
const MAX_WRAP_WIDTH = 160;
const MIN_WRAP_WIDTH = 40;
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "…", "\"", "”", "’", "'", ")", "»"]);

/** Reads plain text: paragraphs (lines, or re-joined wrapped lines) and a headline when the first one is one. */
export function readPlainText(text: string): ArticleDraft {
  const lines = text.split("\n");
  const width = wrapWidth(lines);
  const paragraphs = width > 0 ? joinWrappedLines(lines, width) : lines;
  // The headline is the first line that is text: not blank, not a separator, not "Advertisement".
  let first = 0;
  while (first < paragraphs.length && isSkippedLead(paragraphs[first] as string)) first++;
  const lead = paragraphs[first];
  if (lead === undefined || !looksLikeHeadline(lead)) return { title: "", paragraphs };
  return { title: lead, paragraphs: paragraphs.slice(first + 1) };
}

/**
 * The wrap width when the text is hard-wrapped, else 0. A line "continues" when a non-blank line follows
 * it. In wrapped text most continued lines end mid-sentence and are full: the next line's first word
 * would not have fitted on them. In one-paragraph-per-line text they end sentences and vary in length.
 */
function wrapWidth(lines: readonly string[]): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, contentEnd(line));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return 0;
  let continued = 0;
  let midSentence = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1] as string;
    const end = contentEnd(line);
    if (end === 0 || isBlank(next)) continue;
    continued++;
    if (!SENTENCE_END.has(line[end - 1] as string)) midSentence++;
    if (end + 1 + firstWordLength(next) > width) full++;
  }
  const wrapped = continued >= 2 && midSentence >= continued * MIN_MID_SENTENCE_SHARE && full >= continued * MIN_FULL_SHARE;
  return wrapped ? width : 0;
}

/**
 * Joins wrapped lines into paragraphs. A paragraph ends at a blank line, or where the break was
 * deliberate: the next line's first word would have fitted on this line, or the next line is indented.
 */
function joinWrappedLines(lines: readonly string[], width: number): string[] {
  const paragraphs: string[] = [];
  // Parts are joined once per paragraph: appending to a string and reading its last character
  // would flatten V8's rope on every line, which is quadratic on a long paragraph.
  let parts: string[] = [];
  let previous = "";
  let indented = false;
  const flush = (): void => {
    if (parts.length > 0) paragraphs.push(parts.join(""));
    parts = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      flush();
      continue;
    }
    // An indent starts a paragraph only after an unindented line: a wholly indented text is not all breaks.
    const indent = isIndentStart(line);
    const deliberate = contentEnd(previous) + 1 + firstWordLength(line) <= width || (indent && !indented);
    indented = indent;
    if (deliberate) flush();
    const trimmed = line.trim();
    if (parts.length > 0 && !isWrapHyphen(previous, trimmed)) parts.push(" ");
    parts.push(trimmed);
    previous = line;
  }
  flush();
  return paragraphs;
}

function isSkippedLead(line: string): boolean {
  return !isProse(cleanParagraph(line));
}

/** "well-" + "known" stays "well-known" (no space); other wrapped lines are joined with a space. */
function isWrapHyphen(previous: string, next: string): boolean {
  const end = contentEnd(previous);
  return previous.charCodeAt(end - 1) === 0x2d && isLetterCode(previous.charCodeAt(end - 2)) && isLetterCode(next.charCodeAt(0));
}

function isLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code > 0xbf;
}

/** Length of the line without trailing spaces, tabs and CRs. */
function contentEnd(line: string): number {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) <= 0x20) end--;
  return end;
}

function isBlank(line: string): boolean {
  return contentEnd(line) === 0;
}

function isIndentStart(line: string): boolean {
  const code = line.charCodeAt(0);
  return code === 0x20 || code === 0x09;
}

function firstWordLength(line: string): number {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) <= 0x20) start++;
  let end = start;
  while (end < line.length && line.charCodeAt(end) > 0x20) end++;
  return end - start;
}
