import { readFileSync } from "node:fs";

export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export const HELP_TEXT = `newsbrief ${VERSION}: news briefings with verbatim, attributed quotes

Usage:
  newsbrief brief <file|URL|->...    headline, summary, key quotes and source of each article
  newsbrief quotes <file|URL|->...   every direct quote with its speaker
  newsbrief start                    run the bot (a chat in this terminal when no platform tokens are set)
  newsbrief help                     this text

Options:
  -f, --format text|json|markdown    output format (default text); json prints one object per line
  -n, --sentences N                  summary length in sentences (default 3)
  -v, --version                      print the version

Inputs are plain text, Markdown or HTML files, http(s) URLs, or - for standard input.
Examples:
  newsbrief brief briefings/blinken-taliban-legitimacy.txt
  newsbrief quotes --format json article.html other.md
  curl -s https://example.com/story | newsbrief brief -
`;
