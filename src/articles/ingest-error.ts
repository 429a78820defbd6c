/** Why an input could not become an article. Stable strings: callers may switch on them. */
export type IngestErrorCode = "empty" | "binary" | "too-large" | "no-article" | "no-text";

/**
 * Thrown by `ingestArticle` for input that cannot make an article. `message` is written for the
 * person who sent the input (it can be shown in a channel as is); `code` is for programs.
 */
export class IngestError extends Error {
  override readonly name = "IngestError";
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The user-facing messages, in one place so they stay consistent in tone. */
export const ingestMessages = {
  empty: "That input is empty: paste the article's text, or send an HTML, Markdown or text file that has one.",
  binary: "That looks like a binary file (an image, PDF, archive or similar), not text. Send the article as HTML, Markdown or plain text.",
  noArticle:
    "No article was found on that page: it looks like a login, navigation or index page. Send the link or HTML of the article itself.",
  tooDeep:
    "That page's markup is nested too deeply to read safely (hundreds of unclosed tags). Send the article's text instead.",
  noText: "No readable text was found in that input once markup, code and boilerplate were removed.",
  tooLarge: (bytes: number, maxBytes: number): string =>
    `That input is ${megabytes(bytes)} MB; the limit is ${megabytes(maxBytes)} MB. Send a single article.`,
} as const;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
