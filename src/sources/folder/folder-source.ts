import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, relative } from "node:path";
import { ingestArticle } from "../../articles/ingest.js";
import type { LibraryStore, NewArticle, PutResult } from "../../library/store.js";
import { systemClock, type Clock } from "../clock.js";
import { listArticleFiles, type ArticleFile } from "./list-article-files.js";

export interface FolderSourceOptions {
  folder: string;
  store: LibraryStore;
  /** The id in source status and on stored articles. Default: the folder path. */
  sourceId?: string;
  /** Files larger than this are reported, not read. Default 16 MB (ingest keeps the first 5 MB of what it reads). */
  maxFileBytes?: number;
  clock?: Clock;
}

export interface FolderScanResult {
  /** Article files found. */
  files: number;
  /** Files read because they were new or changed (by content hash), relative to the folder. */
  changed: string[];
  /** Files gone since the last scan; their articles stay in the library. */
  removed: string[];
  stored: PutResult[];
  /** Files that could not be read or ingested, with the reason. */
  problems: { file: string; error: string }[];
}

interface Seen {
  size: number;
  mtimeMs: number;
  hash: string;
  error?: string;
}

const BATCH = 200;
const MAX_LISTED_PROBLEMS = 5;

/**
 * Keeps the library in step with a folder of article files (.txt, .md, .markdown, .html, .htm).
 * A scan reads only files that are new or whose size or modification time changed, and ingests them
 * when their content hash changed. A deleted file is just no longer read. A bad file is reported in
 * the source status and the scan goes on.
 */
const MISSING_FOLDER = "the folder does not exist: create it and put article files in it";

export class FolderSource {
  readonly #options: FolderSourceOptions;
  readonly #clock: Clock;
  readonly #seen = new Map<string, Seen>();
  #scanning: Promise<FolderScanResult> | undefined;

  constructor(options: FolderSourceOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  get sourceId(): string {
    return this.#options.sourceId ?? this.#options.folder;
  }

  /** Scans once; a call during a scan gets that scan's result instead of starting a second one. */
  scan(onProgress?: (done: number, total: number) => void): Promise<FolderScanResult> {
    this.#scanning ??= this.#scan(onProgress).finally(() => (this.#scanning = undefined));
    return this.#scanning;
  }

  async #scan(onProgress?: (done: number, total: number) => void): Promise<FolderScanResult> {
    const { folder, store } = this.#options;
    const result: FolderScanResult = { files: 0, changed: [], removed: [], stored: [], problems: [] };
    const unreadable: { file: string; error: string }[] = [];
    let missing = false;
    const files = await listArticleFiles(folder, (path, error) => {
      // The folder itself is gone (or was never made): one plain line, not "1 file could not be ingested".
      missing ||= path === folder && (error as NodeJS.ErrnoException).code === "ENOENT";
      unreadable.push(missing ? { file: folder, error: MISSING_FOLDER } : { file: this.#name(path), error: error.message });
    });
    result.files = files.length;
    const present = new Set<string>();
    let batch: NewArticle[] = [];
    for (const [done, file] of files.entries()) {
      onProgress?.(done, files.length);
      present.add(file.path);
      const input = await this.#read(file, result);
      if (input !== undefined) batch.push(input);
      if (batch.length >= BATCH) {
        result.stored.push(...(await store.putArticles(batch)));
        batch = [];
      }
    }
    if (batch.length > 0) result.stored.push(...(await store.putArticles(batch)));
    onProgress?.(files.length, files.length);
    for (const path of this.#seen.keys()) {
      if (!present.has(path)) {
        this.#seen.delete(path);
        result.removed.push(this.#name(path));
      }
    }
    for (const [path, seen] of this.#seen) if (seen.error !== undefined) result.problems.push({ file: this.#name(path), error: seen.error });
    result.problems.push(...unreadable);
    await this.#record(result, missing);
    return result;
  }

  /** The file as an article to store, or undefined when it is unchanged or bad (bad is remembered). */
  async #read(file: ArticleFile, result: FolderScanResult): Promise<NewArticle | undefined> {
    const previous = this.#seen.get(file.path);
    if (previous !== undefined && previous.size === file.size && previous.mtimeMs === file.mtimeMs) return undefined;
    const entry: Seen = { size: file.size, mtimeMs: file.mtimeMs, hash: "" };
    this.#seen.set(file.path, entry);
    const maxBytes = this.#options.maxFileBytes ?? 16 * 1024 * 1024;
    if (file.size > maxBytes) {
      entry.error = `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit`;
      return undefined;
    }
    try {
      const content = await readFile(file.path);
      entry.hash = createHash("sha256").update(content).digest("hex");
      // Touched but not changed (a `touch`, a checkout): nothing to ingest, and a bad file stays bad.
      if (previous !== undefined && previous.hash === entry.hash) {
        if (previous.error !== undefined) entry.error = previous.error;
        return undefined;
      }
      const article = ingestArticle({ content, fileName: file.path, source: { name: basename(file.path) } });
      result.changed.push(this.#name(file.path));
      const published = article.source?.published ?? new Date(file.mtimeMs).toISOString();
      return { article, sourceId: this.sourceId, published };
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }

  async #record(result: FolderScanResult, missing: boolean): Promise<void> {
    const at = new Date(this.#clock.now()).toISOString();
    if (missing) {
      await this.#options.store.recordSourceResult(this.sourceId, "folder", { ok: false, at, error: `${this.#options.folder}: ${MISSING_FOLDER}` });
      return;
    }
    const added = result.stored.filter((put) => put.isNew).length;
    await this.#options.store.recordSourceResult(this.sourceId, "folder", { ok: true, at, articles: added });
    if (result.problems.length === 0) return;
    // The scan worked, but the status must show the files that did not: both are recorded.
    const listed = result.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.file}: ${p.error}`);
    const more = result.problems.length > MAX_LISTED_PROBLEMS ? ` (and ${result.problems.length - MAX_LISTED_PROBLEMS} more)` : "";
    const count = result.problems.length === 1 ? "1 file" : `${result.problems.length} files`;
    await this.#options.store.recordSourceResult(this.sourceId, "folder", { ok: false, at, error: `${count} could not be ingested: ${listed.join("; ")}${more}` });
  }

  #name(path: string): string {
    return relative(this.#options.folder, path) || basename(path);
  }
}
