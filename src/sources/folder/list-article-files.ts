import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** The file types the folder source reads; anything else (YAML digests, images) is left alone. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** Deeper than this is a mistake (or a loop through a bind mount), not an article archive. */
const MAX_DEPTH = 8;

export interface ArticleFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every article file under `folder`, in a stable (sorted) order. Hidden files and folders are skipped
 * (editors' swap and temp files start with a dot); symbolic links to files are followed, links to
 * folders are not (they could loop). A folder that cannot be read is reported through `onError`.
 */
export async function listArticleFiles(folder: string, onError: (path: string, error: Error) => void): Promise<ArticleFile[]> {
  const files: ArticleFile[] = [];
  await walk(folder, 0, files, onError);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(folder: string, depth: number, files: ArticleFile[], onError: (path: string, error: Error) => void): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    onError(folder, error as Error);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH && entry.name !== "node_modules") await walk(path, depth + 1, files, onError);
      continue;
    }
    if (!(entry.isFile() || entry.isSymbolicLink()) || !ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    try {
      const info = await stat(path);
      if (info.isFile()) files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
    } catch (error) {
      onError(path, error as Error); // a dangling link, or a file deleted between readdir and stat
    }
  }
}
