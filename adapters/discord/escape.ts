// Article text is data, never markup: everything shown in an embed goes through here first.
// Each pattern is a single pass with no nested quantifiers, so escaping stays linear on any input.

/** Characters that are Markdown anywhere in a line: emphasis, strike, spoiler, code, masked links, and `\` itself. */
const INLINE_MARKUP = /[\\*_~|`[\]]/g;
/** Markup that only counts at the start of a line: quotes, headings, subtext, bullets. */
const LINE_START_MARKUP = /^([ \t]*)(>|#|-(?=[ \t#]))/gm;
/** "1. " at a line start would become a numbered list (and renumber the article's own numbers). */
const NUMBERED_LIST = /^([ \t]*\d+)\.(?=[ \t])/gm;
/** `@everyone` and `@here` ping whole servers. */
const MASS_MENTION = /@(?=everyone|here)/gi;
/** `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</cmd:1>`, `<:emoji:1>`, `<a:emoji:1>`, `<t:1>`, `<id:home>`. */
const ENTITY_MENTION = /<(?=[@#/:]|a:|t:|id:)/g;
/** Inline code spans are shown literally by Discord, so core-written help text can keep them. */
const CODE_SPAN = /`[^`\n]+`/g;
const ZWSP = "\u200b";

/**
 * Makes mentions inert with a zero-width space. `allowed_mentions: { parse: [] }` already stops pings;
 * this also stops `<@123>` rendering as a (clickable, alarming) mention pill and `@everyone` looking like one.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(MASS_MENTION, `@${ZWSP}`).replace(ENTITY_MENTION, `<${ZWSP}`);
}

/** Backslash-escapes every Discord Markdown construct so the text shows exactly as written, and neutralises mentions. */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(INLINE_MARKUP, "\\$&")
    .replace(LINE_START_MARKUP, "$1\\$2")
    .replace(NUMBERED_LIST, "$1\\.");
  return neutraliseMentions(escaped);
}

/**
 * For text the core wrote (help, notices), which marks commands as `code` but may embed article text
 * (a headline, speaker names): code spans are kept, everything around them is escaped.
 */
export function escapeMarkdownKeepingCode(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    out += escapeMarkdown(text.slice(last, match.index)) + neutraliseMentions(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}
