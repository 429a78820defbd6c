import { createInterface } from "node:readline";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../articles/article.js";
import { ingestArticle } from "../articles/ingest.js";
import type { Briefing } from "../briefing/briefing.js";
import { buildBriefing } from "../briefing/build-briefing.js";
import { selectQuotes } from "../commands/find-quotes.js";
import { queryStems, tokenize } from "../nlp/tokens.js";
import { describeError } from "./batch.js";
import { formatBriefingText, quoted, speakerLine } from "./format-text.js";
import type { CliIo } from "./main.js";
import { readInput } from "./read-input.js";

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
const CHAT_HELP = `Commands:
  /brief [topic|file|URL]   a briefing on the best-matching story (no topic: the latest one)
  /quotes [speaker|number]  every quote of the last briefing, one speaker's, or one quote with its paragraph
  /help                     this text
  /quit                     leave`;

/**
 * The terminal chat that `npm start` opens when no platform token is set: the same commands as in
 * Slack or Discord, on the articles in the briefings folder, so a new user sees newsbrief work at once.
 */
export async function runTerminalChat(io: CliIo, folder = "briefings"): Promise<number> {
  const library = await loadFolder(folder, io);
  let last: { briefing: Briefing; article: Article } | undefined;
  const say = (text: string) => io.stdout.write(`${text}\n`);
  say(`newsbrief: ${library.length} article(s) from ${folder}/. Try /brief ${suggestTopic(library)} or /help.`);
  const lines = createInterface({ input: io.stdin, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const [, command = "", argument = ""] = /^\/?(\S+)\s*(.*)$/.exec(line) ?? [];
    if (command === "quit" || command === "exit") break;
    if (command === "help") say(CHAT_HELP);
    else if (command === "brief") {
      const found = await findArticle(library, argument, io);
      if (typeof found === "string") say(found);
      else {
        last = { article: found, briefing: buildBriefing(found, argument ? { query: argument } : {}) };
        say(formatBriefingText(last.briefing));
      }
    } else if (command === "quotes") say(last ? quotesReply(last.briefing, last.article, argument) : "No briefing yet: try /brief first.");
    else say(`I don't know "${line}". ${CHAT_HELP}`);
  }
  return 0;
}

async function loadFolder(folder: string, io: CliIo): Promise<Article[]> {
  const names = (await readdir(folder).catch(() => [])).filter((n) => ARTICLE_FILE.test(n)).sort();
  const articles: Article[] = [];
  for (const name of names) {
    try {
      articles.push(ingestArticle(await readInput(join(folder, name))));
    } catch (error) {
      io.stderr.write(`newsbrief: skipped ${name}: ${describeError(error)}\n`);
    }
  }
  return articles;
}

async function findArticle(library: Article[], argument: string, io: CliIo): Promise<Article | string> {
  if (/^https?:\/\//i.test(argument) || ARTICLE_FILE.test(argument)) {
    try {
      return ingestArticle(await readInput(argument, io.stdin));
    } catch (error) {
      return `Couldn't brief ${argument}: ${describeError(error)}`;
    }
  }
  if (library.length === 0) return "The library is empty: add article files to the briefings folder, or /brief a URL.";
  if (argument === "") return library[0] as Article;
  const wanted = new Set(queryStems(argument));
  let best: { article: Article; score: number } | undefined;
  for (const article of library) {
    const headline = tokenize(article.title).filter((t) => wanted.has(t.stem)).length;
    const body = tokenize(article.paragraphs.join(" ")).filter((t) => wanted.has(t.stem)).length;
    const score = headline * 3 + body;
    if (score > 0 && (!best || score > best.score)) best = { article, score };
  }
  return best?.article ?? `No story about "${argument}" yet. The library holds: ${library.map((a) => a.title).join("; ")}.`;
}

function quotesReply(briefing: Briefing, article: Article, argument: string): string {
  const selection = selectQuotes(briefing.quotes, argument);
  switch (selection.kind) {
    case "all":
      if (selection.quotes.length === 0) return "That briefing has no direct quotes.";
      return selection.quotes.map((q, i) => `${i + 1}. ${quoted(q)}\n   — ${speakerLine(q.speaker)}`).join("\n");
    case "number":
      return `${selection.number}. ${quoted(selection.quote)}\n   — ${speakerLine(selection.quote.speaker)}\n\nIn context:\n${article.paragraphs[selection.quote.paragraph] ?? ""}`;
    case "speaker":
      return selection.quotes.map((q) => `${quoted(q)}\n   — ${speakerLine(q.speaker)}`).join("\n");
    case "none": {
      const speakers = briefing.speakers.map((s) => s.name).join(", ") || "nobody";
      return selection.reason === "no-number"
        ? `There is no quote number ${selection.query}: the briefing has ${briefing.quotes.length}.`
        : `No quote by "${selection.query}" in this briefing. Quoted: ${speakers}.`;
    }
  }
}

function suggestTopic(library: Article[]): string {
  const word = library[0] ? tokenize(library[0].title).find((t) => t.text.length > 5 && /^\p{Lu}/u.test(t.text)) : undefined;
  return word?.text.toLowerCase() ?? "<topic>";
}
