import { readFileSync } from "node:fs";

/** Bytes of a hand-written fixture in test/fixtures/articles/. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
}

/** The sample article the demo uses (briefings/), as text. */
export function sampleArticle(): string {
  return readFileSync(new URL("../../briefings/blinken-taliban-legitimacy.txt", import.meta.url), "utf8");
}
