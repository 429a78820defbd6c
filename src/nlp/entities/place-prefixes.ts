import { joinLower, type NameRun } from "./name-runs.js";
import type { WordTable } from "./word-table.js";

/**
 * The first two words of every organisation or place name of three words or more ("sandy hook" from "Sandy
 * Hook Elementary School"). A two-word "name" the article also uses to begin such a name is most likely that
 * place ("in Sandy Hook", "the Sandy Hook shooting"), even when its first word is a given name. Empty (and
 * allocation-free) for the many articles with no such name.
 */
export function placeNamePrefixes(t: WordTable, runs: NameRun[]): ReadonlySet<string> {
  let prefixes: Set<string> | null = null;
  for (const run of runs) {
    if ((run.kind === "organization" || run.kind === "place") && run.last - run.first >= 2) {
      (prefixes ??= new Set()).add(joinLower(t, run.first, run.first + 1));
    }
  }
  return prefixes ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();
