// A ROUGE scorer that reproduces Google's rouge_score 0.1.2 (the figures every CNN/DM paper reports), so our
// benchmark numbers can be set beside published ones. js-rouge does the counting; parity comes from feeding it
// rouge_score's tokenizer, NLTK's Porter stemmer and a newline segmenter (../shared/eval/summaries/README.md).
import { l as rougeL, n as rougeN } from "js-rouge";
import { nltkPorterStem } from "./summaries/nltk-porter.js";

/** F1 scores in [0, 1] for one candidate against one reference. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  /** Summary-level LCS over newline-separated sentences (rouge_score's "rougeLsum"). */
  rougeLsum: number;
}

export interface RougeOptions {
  /**
   * Porter-stem tokens longer than 3 characters, as rouge_score's `use_stemmer=True`. Default true.
   * Uses NLTK's Porter variant, as rouge_score does (the original algorithm moved per-document scores by up to 1.9).
   */
  stem?: boolean;
}

const NON_ALNUM = /[^a-z0-9]+/g;
const SPACES = /\s+/;

/** rouge_score's tokenizer: lower-case, every non-alphanumeric run is a separator. */
export function rougeTokens(text: string, stem = true): string[] {
  const words = text.toLowerCase().replace(NON_ALNUM, " ").split(SPACES).filter(Boolean);
  return stem ? words.map((w) => (w.length > 3 ? nltkPorterStem(w) : w)) : words;
}

const splitLines = (text: string): string[] => text.split("\n").filter(Boolean);

/** Scores `candidate` against `reference`; both hold one sentence per line. Empty text scores 0. */
export function scoreRouge(candidate: string, reference: string, options: RougeOptions = {}): RougeScores {
  const stem = options.stem ?? true;
  const tokenizer = (text: string): string[] => rougeTokens(text, stem);
  // js-rouge throws on empty input; rouge_score returns 0 there, and so do we.
  if (tokenizer(candidate).length === 0 || tokenizer(reference).length === 0) {
    return { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  }
  return {
    rouge1: rougeN(candidate, reference, { n: 1, tokenizer }),
    rouge2: rougeN(candidate, reference, { n: 2, tokenizer }),
    rougeLsum: rougeL(candidate, reference, { tokenizer, segmenter: splitLines }),
  };
}

/** Mean of each score, x100, as papers report them. */
export function meanRouge(scores: readonly RougeScores[]): RougeScores {
  const sum = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  for (const s of scores) {
    sum.rouge1 += s.rouge1;
    sum.rouge2 += s.rouge2;
    sum.rougeLsum += s.rougeLsum;
  }
  const k = scores.length === 0 ? 0 : 100 / scores.length;
  return { rouge1: sum.rouge1 * k, rouge2: sum.rouge2 * k, rougeLsum: sum.rougeLsum * k };
}
