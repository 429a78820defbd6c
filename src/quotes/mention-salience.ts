import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_CORE_SPEECH_VERB, L_DETERMINER, L_PREPOSITION, L_ROLE_MODIFIER, L_ROLE_NOUN, L_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_CAP, F_LOWER, F_POSS, F_SENT, F_WORD, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { roleAfter } from "../nlp/entities/role-phrases.js";
import { isControlObject } from "./control-object.js";

function isTitleWord(t: WordTable, k: number): boolean {
  return ((t.flags[k] ?? 0) & F_CAP) !== 0 || (wordBits(t, k) & (L_ROLE_NOUN | L_ROLE_MODIFIER)) !== 0;
}

/**
 * How much a mention stands out as the topic a later "he" or "she" refers to, in penalty points (lower is
 * more salient). Speakers and sentence subjects stand out; possessives ("Blinken’s plane"), objects of a
 * preposition ("with Trump") and names inside quotations recede.
 */
export function mentionPenalty(index: EntityIndex, quoted: Uint8Array, m: number): number {
  const t = index.words;
  const start = index.mentionStarts[m] ?? 0;
  const end = index.mentionEnds[m] ?? 0;
  let penalty = 0;
  if (quoted[end]) penalty += 3;
  // "Blinken’s plane" and "the Clinton campaign" are about something else.
  if (((t.flags[end] ?? 0) & F_POSS) !== 0) penalty += 1.5;
  else if ((wordBits(t, start - 1) & L_DETERMINER) !== 0 && ((t.flags[end + 1] ?? 0) & F_LOWER) !== 0) penalty += 1.5;
  // Step back over a title or role ("Sen.", "Conservative economist") to see what the name follows.
  let before = start - 1;
  while (before >= 0 && start - before < 6 && isTitleWord(t, before) && ((t.flags[before + 1] ?? 0) & F_SENT) === 0) before--;
  before = beforeDescription(t, before, start);
  if (isObject(index, m, before) || isControlObject(index, m)) penalty += 1;
  // The subject: opening the sentence, or the first name in it ("One superdelegate, ... chairwoman Nancy Worley, pledged").
  // A name inside the title ("Alabama Democratic Party chairwoman Nancy Worley") is part of this mention's phrase.
  let p = m - 1;
  while (p >= 0 && (index.mentionEnds[p] ?? -1) > before) p--;
  const previous = p >= 0 ? (index.mentionEnds[p] ?? -1) : -1;
  const firstInSentence = previous < 0 || (t.sentence[previous] ?? 0) !== (t.sentence[start] ?? 0);
  const opensClause = t.lower[before] === "," || t.lower[before] === "and" || t.lower[before] === "but";
  const subjectAfterFronted = !firstInSentence && t.lower[before] === "," && ((t.flags[end] ?? 0) & F_POSS) === 0 && endsFrontedPhrase(t, before);
  if (((t.flags[before + 1] ?? 0) & F_SENT) !== 0 || (firstInSentence && opensClause && ((t.flags[end] ?? 0) & F_POSS) === 0) || subjectAfterFronted) penalty -= 0.75;
  const after = skipFillers(t, end + 1);
  // "“...,” said Caddell." speaks; "he said Ryan." and "Mathur ... said Ivanka Trump’s statement" do not.
  const closes = t.lower[end + 1] === "," || t.lower[end + 1] === "." || t.lower[end + 1] === ";";
  const inverted = ((t.flags[before - 1] ?? 0) & F_WORD) === 0 || ((t.flags[before] ?? 0) & F_SENT) !== 0;
  const said = (t.lower[before] === "said" || t.lower[before] === "says") && inverted && closes && ((t.flags[end] ?? 0) & F_POSS) === 0;
  // "Ryan did not exude confidence when Tapper asked ...": who asks in a clause about the subject is not the topic.
  const subordinate = SUBORDINATORS.has(t.lower[before] ?? "");
  if (said || (!subordinate && ((t.flags[end] ?? 0) & F_POSS) === 0 && ((wordBits(t, after) & L_SPEECH_VERB) !== 0 || speaksAfterAside(t, end)))) penalty -= 1.25;
  // "... concerns Henry Crespo, president of the caucus. ¶ "...," he said.": news introduces the next speaker
  // by name and role; a person named in passing gets no role.
  else if (((t.flags[end] ?? 0) & F_POSS) === 0 && roleAfter(t, end, start < end) !== null) penalty -= INTRODUCED;
  return penalty;
}

const ARTICLES = new Set(["the", "a", "an"]);
const MAX_FRONTED_TOKENS = 30;
// Words that open a phrase put before the subject: subordinators and prepositions (participles in -ing too).
const FRONTED_OPENERS = new Set(
  `when while because since although though if as once unless until whenever in at on during with without despite from after before
like unlike instead`.split(/\s+/),
);

/**
 * "Filling in for Sanders at the event where Clinton and O’Malley spoke, West landed a dig": the comma at `comma`
 * is the first of a sentence that opens on a participle, a preposition or a subordinator, so the name after it
 * is the subject of the main clause, and the names before it are not. ("For Chait, Williamson is ...": a phrase on
 * "for" or "to" gives whose view the sentence is, and that person stays the topic.)
 */
function endsFrontedPhrase(t: WordTable, comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && comma - k < MAX_FRONTED_TOKENS && ((t.flags[k] ?? 0) & F_SENT) === 0) {
    if (t.lower[k] === "," || t.lower[k] === ";") return false;
    k--;
  }
  if (((t.flags[k] ?? 0) & F_SENT) === 0) return false;
  const opener = t.lower[k] ?? "";
  return FRONTED_OPENERS.has(opener) || (opener.length > 4 && opener.endsWith("ing"));
}

/**
 * "the district GOP Chairman Chuck Williams", "with the party chairman Jo Smith": lower-case words back to an
 * article still describe the person; what counts is the word before the article.
 */
function beforeDescription(t: WordTable, before: number, start: number): number {
  let k = before;
  while (k >= 0 && start - k < MAX_DESCRIPTION && ((t.flags[k] ?? 0) & F_LOWER) !== 0 && !ARTICLES.has(t.lower[k] ?? "")) {
    if (((t.flags[k] ?? 0) & F_SENT) !== 0) return before;
    k--;
  }
  return ARTICLES.has(t.lower[k] ?? "") && k < before && ((t.flags[k + 1] ?? 0) & F_SENT) === 0 ? k - 1 : before;
}

const MAX_DESCRIPTION = 8;

/** The name follows a preposition ("with Trump"), or "and" after a name that does ("between Trump and Cruz"). */
function isObject(index: EntityIndex, m: number, before: number): boolean {
  const t = index.words;
  if ((wordBits(t, before) & L_PREPOSITION) !== 0) return true;
  if ((t.lower[before] !== "and" && t.lower[before] !== "or") || (index.mentionEnds[m - 1] ?? -1) !== before - 1) return false;
  return (wordBits(t, (index.mentionStarts[m - 1] ?? 0) - 1) & L_PREPOSITION) !== 0;
}

// "pointing out that the paper’s Jo Vance had reported ...": a speaker inside a reported clause is what the
// subject talks about, not the topic a next "he" or "she" picks up.
const SUBORDINATORS = new Set(["when", "after", "before", "while", "because", "since", "until", "once", "whenever", "that"]);
// Less than a sentence subject gets: "Zimmerman is selling the gun he used to kill Trayvon Martin, an unarmed teenager."
const INTRODUCED = 0.4;
const MAX_ASIDE_TOKENS = 25;

/** "Dianne Feinstein of California, the ranking Democrat, who said", "Scott Pruitt, the attorney general, said". */
function speaksAfterAside(t: WordTable, end: number): boolean {
  let k = end + 1;
  if (t.lower[k] === "of" || t.lower[k] === "(") {
    while (k - end < MAX_ASIDE_TOKENS && t.lower[k] !== "," && ((t.flags[k] ?? 0) & F_SENT) === 0) k++;
  }
  if (t.lower[k] !== ",") return false;
  for (let n = 0; n < 2; n++) {
    if (t.lower[k + 1] === "who") return (wordBits(t, skipFillers(t, k + 2)) & L_CORE_SPEECH_VERB) !== 0;
    let c = k + 1;
    while (c - k < MAX_ASIDE_TOKENS && t.lower[c] !== "," && ((t.flags[c] ?? 0) & F_SENT) === 0) c++;
    if (t.lower[c] !== ",") return false;
    if ((wordBits(t, skipFillers(t, c + 1)) & L_CORE_SPEECH_VERB) !== 0) return true;
    k = c;
  }
  return false;
}

function skipFillers(t: WordTable, k: number): number {
  let j = k;
  for (let n = 0; n < 2 && isFillerAt(t, j); n++) j++;
  return j;
}
