// Imported, not read from disk next to this file: the bundle (dist/newsbrief.js) carries it inside.
import packageJson from "../../package.json" with { type: "json" };

export const VERSION: string = packageJson.version;

export const HELP_TEXT = `newsbrief ${VERSION}: news briefings with verbatim, attributed quotes

Usage:
  newsbrief brief <topic|file|URL|->...  a briefing: headline, summary, key quotes with speakers, sources
                                         (a topic is looked up in the library: the best story, all its sources)
  newsbrief quotes <file|URL|->...       every direct quote with its speaker
  newsbrief ingest <feed|URL|folder|file>...  add articles to the library (feeds: every item)
  newsbrief search <topic>               the library's stories on a topic, best first
  newsbrief sources                      each source's status: last success, last error
  newsbrief start                        run the bot (a chat in this terminal when no platform tokens are set)
  newsbrief discord:register             register the Discord slash commands (DISCORD_GUILD_ID: one guild)
  newsbrief help                         this text

Options:
  -f, --format text|json|markdown    output format (default text); json prints one object per line
  -n, --sentences N                  exactly N summary sentences (default: 2 or 3, as the story needs)
  -v, --version                      print the version

Inputs are plain text, Markdown or HTML files, http(s) URLs, or - for standard input.
Settings come from the environment or a .env file (see .env.example); the library lives in NEWSBRIEF_DATA_DIR
(default ./data) and starts with the articles in NEWSBRIEF_BRIEFINGS_DIR (default ./briefings).

Examples:
  newsbrief brief afghanistan
  newsbrief brief briefings/blinken-taliban-legitimacy.txt
  newsbrief quotes --format json article.html other.md
  curl -s https://example.com/story | newsbrief brief -
`;
