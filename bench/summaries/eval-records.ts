// Loads the offline summarization sets from ../shared/eval/summaries at run time (never copied into the repo).
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import type { Article } from "../../src/articles/article.js";

/** The eval folder, relative to the repo root (bench/summaries/ -> ../../../shared/eval/summaries/). */
export const SUMMARIES_EVAL_DIR = new URL("../../../shared/eval/summaries/", import.meta.url);

/** One line of an eval file: `reference` holds one highlight per line. */
export interface EvalRecord {
  id: string;
  title: string | null;
  text: string;
  reference: string;
}

export function evalFileExists(name: string): boolean {
  return existsSync(new URL(name, SUMMARIES_EVAL_DIR));
}

export function readEvalRecords(name: string): EvalRecord[] {
  const raw = readFileSync(new URL(name, SUMMARIES_EVAL_DIR), "utf8");
  return raw.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as EvalRecord);
}

/** The Article ingest would build: CNN/DM text is one paragraph (no breaks survive), BBC separates them by blank lines. */
export function recordToArticle(record: EvalRecord): Article {
  const paragraphs = record.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== "");
  const title = record.title ?? "";
  const id = createHash("sha1").update(title).update("\n").update(paragraphs.join("\n\n")).digest("hex").slice(0, 16);
  return { id, title, paragraphs };
}
