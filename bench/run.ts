// `npm run bench`: every benchmark, each printing measured figures beside a baseline run in the same process.
// The evaluation data is read from ../shared/eval at run time; nothing of it is copied into this repo.
import { mkdirSync, writeFileSync } from "node:fs";
import { printSpeed, runSpeedBench } from "./speed.js";
import { runSummariesBench } from "./summaries.js";
import { printQuotes, runQuotesBench } from "./quotes.js";
import { printLibrary, runLibraryBench } from "./library.js";
import { printAdapters, runAdaptersBench } from "./adapters.js";
import { digestsOptions, printDigests, runDigestsBench } from "./digests.js";

// `npm run bench` runs everything; `npm run bench -- speed quotes` runs only those.
const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);
const results: Record<string, unknown> = { date: new Date().toISOString() };

if (wanted("summaries")) results.summaries = await runSummariesBench();
if (wanted("quotes")) {
  // Tuning happens on dev; test is scored only for the figures reported when an issue is resolved.
  const split = process.env.NEWSBRIEF_BENCH_SPLIT === "test" ? "test" : "dev";
  const direct = await runQuotesBench({ split, types: "direct" });
  const all = await runQuotesBench({ split });
  // Held out from all tuning, and scored against each of 5-6 independent annotators.
  const multi = await runQuotesBench({ split: "multi", types: "direct" });
  for (const result of [direct, all, multi]) printQuotes(result);
  Object.assign(results, { quotesDirect: direct, quotesAll: all, quotesMultiAnnotatorDirect: multi });
}
if (wanted("speed")) {
  const speed = runSpeedBench();
  printSpeed(speed);
  results.speed = speed;
}

if (wanted("library")) {
  const library = await runLibraryBench();
  printLibrary(library);
  results.library = library;
}
if (wanted("adapters")) {
  const adapters = await runAdaptersBench();
  printAdapters(adapters);
  results.adapters = adapters;
}
if (wanted("digests")) {
  // `npm run bench -- digests --subscriptions 2000 --instances 1,3`: the flags land in `only` too, harmlessly.
  const digests = await runDigestsBench(digestsOptions(process.argv.slice(2)));
  printDigests(digests);
  results.digests = digests;
  // A wrong delivery count is a bug, not a slow run: the command fails, after the results are written.
  if (!digests.exact) process.exitCode = 1;
}

mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const out = new URL(`./results/bench-${Date.now()}.json`, import.meta.url);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFull results: ${out.pathname}`);
