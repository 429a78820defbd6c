import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";
import type { z } from "zod";
import { DigestFileError } from "./digest-file-error.js";
import { DIGEST_FIELDS, digestFileSchema } from "./digest-file-schema.js";
import { closestWord } from "./edit-distance.js";
import type { Schedule } from "./parse-schedule.js";

export { DigestFileError } from "./digest-file-error.js";

/** One digest file, validated: what the runner turns into one subscription per target. */
export interface DigestDefinition {
  /** The file name without ".digest.yml": "afghanistan". */
  id: string;
  file: string;
  topic: string;
  /** Default []. */
  include: string[];
  /** Default []. */
  exclude: string[];
  /** Default daily 08:00. */
  schedule: Schedule;
  /** Canonical IANA name. Default UTC. */
  timeZone: string;
  /** Channel refs, at least one. */
  targets: string[];
  /** 1-10. Default 5. */
  maxStories: number;
  /** Default false. */
  postWhenEmpty: boolean;
}

/**
 * Digest files are "<id>.digest.yml" (or .yaml): the briefings folder also holds articles, and the double
 * extension says which YAML files are digests, so an unrelated YAML file there is never misread as one.
 * The folder source ingests only .txt, .md, .markdown, .html and .htm, so it never reads these.
 */
export const DIGEST_FILE = /\.digest\.ya?ml$/i;
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_BYTES = 64 * 1024;

/**
 * Reads every digest file directly in `dir` (not in subfolders), in name order. A bad file is reported in
 * `errors` and the others still load; an unreadable folder is one error, a missing one holds no digests.
 */
export async function loadDigestFiles(dir: string): Promise<{ definitions: DigestDefinition[]; errors: DigestFileError[] }> {
  const definitions: DigestDefinition[] = [];
  const errors: DigestFileError[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => DIGEST_FILE.test(name) && !name.startsWith(".")).sort();
  } catch (error) {
    // No folder means no digest files (the bot started elsewhere than a checkout); the folder source says it is missing.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { definitions, errors };
    return { definitions, errors: [new DigestFileError({ file: dir, reason: `cannot read the folder: ${(error as Error).message}` })] };
  }
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const definition = parseDigestFile(file, await readFile(file, "utf8"));
      const other = ids.get(definition.id.toLowerCase());
      if (other !== undefined) throw new DigestFileError({ file, reason: `same digest id "${definition.id}" as ${other}: rename one of them` });
      ids.set(definition.id.toLowerCase(), file);
      definitions.push(definition);
    } catch (error) {
      errors.push(error instanceof DigestFileError ? error : new DigestFileError({ file, reason: `cannot read it: ${(error as Error).message}` }));
    }
  }
  return { definitions, errors };
}

/** Validates one digest file's text. Throws DigestFileError naming the file, line and field. */
export function parseDigestFile(file: string, text: string): DigestDefinition {
  const id = basename(file).replace(DIGEST_FILE, "");
  if (!ID_SHAPE.test(id)) {
    throw new DigestFileError({ file, reason: `the name before .digest.yml is the digest's id: use letters, digits, "-" and "_" (got "${id}")` });
  }
  if (text.length > MAX_BYTES) throw new DigestFileError({ file, reason: `${text.length} characters is too long for a digest definition` });
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax !== undefined) throw syntaxError(file, text, lines.linePos(syntax.pos[0]).line, syntax.code === "DUPLICATE_KEY" ? "" : syntax.message);
  if (document.contents === null) {
    throw new DigestFileError({ file, line: 1, reason: "the file is empty: a digest needs at least a topic and targets (see briefings/afghanistan.digest.yml)" });
  }
  if (!isMap(document.contents)) {
    const found = isScalar(document.contents) ? "text" : "a list";
    throw new DigestFileError({ file, line: 1, reason: `expected fields such as "topic:" and "targets:", found ${found}` });
  }
  const parsed = digestFileSchema.safeParse(document.toJS({ maxAliasCount: 20 }));
  if (!parsed.success) throw firstProblem(file, document, lines, parsed.error.issues);
  const fields = parsed.data;
  return {
    id,
    file,
    topic: fields.topic,
    include: fields.include,
    exclude: fields.exclude,
    schedule: fields.schedule,
    timeZone: fields.timezone,
    targets: [...new Set(fields.targets)],
    maxStories: fields.max_stories,
    postWhenEmpty: fields.post_when_empty,
  };
}

/** A YAML syntax error (message "" for a duplicate key), with the field named when the line has one. */
function syntaxError(file: string, text: string, line: number, message: string): DigestFileError {
  const lineText = text.split(/\r?\n/)[line - 1] ?? "";
  const field = /^\s*([A-Za-z_]+)\s*:/.exec(lineText)?.[1];
  const starHint = /:\s*\*/.test(lineText) ? ' (a value that starts with * must be quoted, as in schedule: "*/30 * * * *")' : "";
  const reason = message === "" ? "appears twice: keep one" : `not valid YAML: ${message}${starHint}`;
  return new DigestFileError({ file, line, ...(field === undefined ? {} : { field }), reason });
}

/** The problem nearest the top of the file, located at its key or value. */
function firstProblem(file: string, document: Document, lines: LineCounter, issues: z.core.$ZodIssue[]): DigestFileError {
  const problems = issues.flatMap((issue): DigestFileError[] => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownField(file, document, lines, key));
    const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const field = path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
    if (node?.range === undefined) return [new DigestFileError({ file, field, reason: `required: ${issue.message}` })];
    return [new DigestFileError({ file, line: lines.linePos(node.range[0]).line, field, reason: issue.message })];
  });
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return problems[0] ?? new DigestFileError({ file, reason: "invalid" });
}

function unknownField(file: string, document: Document, lines: LineCounter, key: string): DigestFileError {
  const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  const guess = closestWord(key, DIGEST_FIELDS);
  const hint = guess === undefined ? `the fields are ${DIGEST_FIELDS.join(", ")}` : `did you mean ${guess}?`;
  return new DigestFileError({ file, ...(offset === undefined ? {} : { line: lines.linePos(offset).line }), field: key, reason: `unknown field: ${hint}` });
}
