import { sentenceTokenCount } from "../nlp/analysed-sentence.js";
import type { AnalysedDocument, Sentence } from "../nlp/document.js";
import { summaryBudget, type SummaryOptions } from "./summary-options.js";

/**
 * The Lead-N baseline: the first N sentences, as a news story's inverted pyramid puts the essentials first.
 * Within a word budget it stops at the first sentence that does not fit (a lead keeps its order, no skipping).
 * `options.query` is ignored: the lead is the same whatever the topic.
 */
export function leadSummary(doc: AnalysedDocument, options: SummaryOptions = {}): Sentence[] {
  const budget = summaryBudget(options);
  const kept: Sentence[] = [];
  let words = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    if (kept.length >= budget.sentences) break;
    const length = sentenceTokenCount(doc, s);
    if (length === 0) continue;
    if (words + length > budget.words) break;
    kept.push(doc.sentences[s] as Sentence);
    words += length;
  }
  return kept;
}
