import type { Gender } from "../nlp/entities/entity.js";

/**
 * "he" and "she" outside quotation marks, each with the person it was resolved to, in document order: a
 * pronoun keeps its person the topic ("Walz ... She said she'd rather elect Hillary Clinton. "...," she said"
 * is Walz, not Clinton). Built lazily, front to back, as the quotes are attributed.
 */
export interface PronounChain {
  /** Token index of each resolved pronoun, ascending. */
  toks: number[];
  /** The person entity each pronoun was resolved to. */
  entities: number[];
  genders: Gender[];
  /** Tokens below this have been scanned. */
  scanned: number;
}

export function emptyPronounChain(): PronounChain {
  return { toks: [], entities: [], genders: [], scanned: 0 };
}

/** Records that the pronoun at `tok` names `entity` (tokens must come in ascending order). */
export function recordPronoun(chain: PronounChain, tok: number, entity: number, gender: Gender): void {
  const last = chain.toks[chain.toks.length - 1] ?? -1;
  if (tok <= last) return;
  chain.toks.push(tok);
  chain.entities.push(entity);
  chain.genders.push(gender);
}

/** Gender of a subject pronoun, or null for any other word. */
export function pronounGender(lower: string): Gender | null {
  return lower === "he" ? "male" : lower === "she" ? "female" : null;
}
