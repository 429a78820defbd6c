#!/usr/bin/env node
// Runs the compiled bundle, dist/newsbrief.js (see docs/adr/016-run-a-compiled-bundle.md). `npm install`
// builds it; in a checkout edited since, it is rebuilt here first (about 0.3 s), so this never runs stale code.
import { pathToFileURL } from "node:url";
import { BUNDLE, buildBundle, bundleIsStale } from "../scripts/build.js";

if (bundleIsStale()) {
  try {
    await buildBundle();
  } catch (error) {
    console.error(`newsbrief: could not build ${BUNDLE}: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Run `npm install` (or `npm run build`) in the newsbrief folder, then try again.");
    process.exit(1);
  }
}
const { main } = await import(pathToFileURL(BUNDLE).href);
process.exitCode = await main(process.argv.slice(2));
