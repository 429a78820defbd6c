// Compiles newsbrief into one ES module, dist/newsbrief.js, with esbuild: the code bin/newsbrief.js runs
// (see docs/adr/016-run-a-compiled-bundle.md). Dependencies stay in node_modules (packages: "external").
// `npm run build`; npm runs it after `npm install` / `npm ci` (prepare) and before `npm start` (prestart).
import { readdirSync, renameSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUNDLE = join(ROOT, "dist", "newsbrief.js");
/** What the bundle is built from: a change to any of these makes it stale. */
const SOURCES = ["src", "adapters", "package.json"];

/**
 * Bundles `entry` (default: adapters/main.ts) into `outfile`. Written to temporary files and renamed, so a
 * process starting meanwhile never imports half a file. The .map file is for `node --enable-source-maps`:
 * the bot does not load it by default (Node would keep the parsed map in memory for the whole run).
 */
export async function buildBundle({ entry = join(ROOT, "adapters", "main.ts"), outfile = BUNDLE } = {}) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    write: false,
    logLevel: "warning",
  });
  mkdirSync(dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return outfile;
}

/** True when dist/newsbrief.js is missing or older than a source file (a checkout edited since its build). */
export function bundleIsStale(outfile = BUNDLE) {
  let built;
  try {
    built = statSync(outfile).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newestChange(join(ROOT, source)) > built);
}

function newestChange(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a file deleted or renamed
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outfile = await buildBundle();
  console.log(`Built ${outfile}`);
}
