// The summarize stage's public face: the briefing calls `summarize`; `leadSummary` is the baseline it is
// measured against (bench/summaries.ts).
export { leadSummary } from "./lead.js";
export { summarize } from "./news-ranker.js";
export {
  DEFAULT_MIN_SUMMARY_SENTENCES,
  DEFAULT_SUMMARY_SENTENCES,
  type Summarizer,
  type SummaryOptions,
} from "./summary-options.js";
