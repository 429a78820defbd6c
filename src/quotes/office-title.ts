import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_ROLE_NOUN } from "../nlp/entities/lexicon.js";
import { OFFICE_WORDS } from "../nlp/entities/role-words.js";
import { wordBits } from "../nlp/entities/word-table.js";

const MAX_OFFICE_WORDS = 3;

/**
 * "former secretary of state Hillary Clinton", "chief of staff Reince Priebus": a role completed by "of" and an office
 * is one title, and the name after it is who holds it. `of` is the token "of" after a role noun; returns the first
 * token of the person named right after the office, or -1 ("the mayor of Trenton", "the wife of Sen. Ted Cruz").
 */
export function nameAfterOfficeTitle(index: EntityIndex, of: number): number {
  const t = index.words;
  if (t.lower[of] !== "of" || (wordBits(t, of - 1) & L_ROLE_NOUN) === 0) return -1;
  let k = of + 1;
  while (k - of <= MAX_OFFICE_WORDS && OFFICE_WORDS.has(t.lower[k] ?? "") && (index.entityOfToken[k] ?? -1) < 0) k++;
  if (k === of + 1 || k - of > MAX_OFFICE_WORDS) return -1;
  return index.entities[index.entityOfToken[k] ?? -1]?.kind === "person" ? k : -1;
}
