// Compiles newsbrief into one ES module, dist/newsbrief.js, with esbuild: the code bin/newsbrief.js runs
// (see docs/adr/016-run-a-compiled-bundle.md). Dependencies stay in node_modules (packages: "external").
// `npm run build`; npm runs it after `npm install` / `npm ci` (prepare) and before `npm start` (prestart).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUNDLE = join(ROOT, "dist", "newsbrief.js");
/** What the bundle is built from: a change to any of these makes it stale. */
const SOURCES = ["src", "adapters", "package.json"];

/**
 * Bundles `entry` (default: adapters/main.ts) into `outdir`/`name`.js, with the code behind dynamic imports (the
 * Slack and Discord adapters and their SDKs) in chunks beside it, loaded only when used. Written to temporary
 * files and renamed, chunks first (their names carry a content hash), so a process starting meanwhile never
 * imports half a file; chunks no build uses any more are then removed. The .map files are for
 * `node --enable-source-maps`: the bot does not load them by default (Node would keep the parsed maps in memory).
 */
export async function buildBundle({ entry = join(ROOT, "adapters", "main.ts"), outdir = join(ROOT, "dist"), name = "newsbrief" } = {}) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: `chunks/${name}-[name]-[hash]`,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    write: false,
    logLevel: "warning",
  });
  const outfile = join(outdir, `${name}.js`);
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.startsWith(outfile)) - Number(b.path.startsWith(outfile)));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const written = new Set(files.map((file) => file.path));
  const chunks = join(outdir, "chunks");
  for (const chunk of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (chunk.startsWith(`${name}-`) && !written.has(join(chunks, chunk))) rmSync(join(chunks, chunk), { force: true });
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
