import type { WordTable } from "../nlp/entities/word-table.js";

// A verb after one of these has its subject elsewhere ("will say", "refused to say", "did say"): no inversion.
const BEFORE_NON_FINITE = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do"]);

/**
 * May the words after the verb of saying at `verb` be its subject ("said Smith:", "asked the senator,")? Not when
 * the verb is an infinitive or follows a modal ("refused to say the words", "voters will say"): those words are its
 * object; and not when "that" follows ("and said that Trump"): "that" opens the reported clause.
 */
export function mayInvertAt(t: WordTable, verb: number): boolean {
  return !BEFORE_NON_FINITE.has(t.lower[verb - 1] ?? "") && t.lower[verb + 1] !== "that";
}
