import type { WordTable } from "../nlp/entities/word-table.js";

const SPEAK_FORMS = new Set(["speak", "speaks", "spoke", "speaking", "spoken"]);

/**
 * "That fact speaks volumes about ...": the idiom means "shows"; its subject is a thing, not a speaker, so
 * the verb is no cue and the person who said it ("Lee said that fact speaks volumes") keeps the quote.
 */
export function isIdiomNotSpeech(t: WordTable, k: number): boolean {
  return t.lower[k + 1] === "volumes" && SPEAK_FORMS.has(t.lower[k] ?? "");
}
