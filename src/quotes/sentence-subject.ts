import type { EntityIndex } from "../nlp/entities/entity.js";
import { L_DETERMINER, L_PREPOSITION, L_ROLE_MODIFIER, L_ROLE_NOUN, L_TITLE } from "../nlp/entities/lexicon.js";
import { F_LOWER, F_NUM, F_POSS, F_SENT, F_UPPER, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import { clauseSubject, opensLeadingPhrase, sentenceStartBefore } from "./clause-subject.js";
import type { StretchTokens, Zone } from "./cue-zones.js";
import { phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase.js";
import { resolveSpeaker, type Attribution, type PreviousSpeaker, type ResolveContext } from "./resolve-speaker.js";

/**
 * `Pew found that “about twice as many voters ...”`, `Dean cites “the union placards carried by marchers”`: a longer
 * quoted fragment inside a sentence with no verb of saying is the words of that sentence's subject, when the subject
 * opens the sentence's main clause (creditableSubject).
 */
export function subjectOfQuoteSentence(ctx: ResolveContext, st: StretchTokens, before: Zone, prev: PreviousSpeaker | null): Attribution | null {
  const { index } = ctx;
  if (before.first > before.last || ((index.words.flags[st.open] ?? 0) & F_SENT) !== 0) return null;
  const start = sentenceStartBefore(index, ctx.quoted, before.last, ctx.paragraphFirstTokens[st.stretch.paragraph] ?? 0);
  // "The Clinton Foundation “received ...”": a quote right after the subject is what the sentence says about it.
  const subject = creditableSubject(ctx, start, st.open);
  return subject && subject.last + 1 < st.open ? resolveSpeaker(ctx, subject, st.open, prev) : null;
}

/**
 * `Lawrence Cummings called him a master at deals. “He showed again and again ...”`: a quoted sentence with no cue,
 * inside a paragraph, right after a sentence (with no quote of its own) whose subject (creditableSubject) it goes on to quote.
 */
export function subjectOfSentenceBefore(ctx: ResolveContext, st: StretchTokens, prev: PreviousSpeaker | null): Attribution | null {
  const { index } = ctx;
  const t = index.words;
  const paragraphStart = ctx.paragraphFirstTokens[st.stretch.paragraph] ?? 0;
  const stop = st.open - 1;
  if (stop <= paragraphStart || ((t.flags[st.open] ?? 0) & F_SENT) === 0 || t.lower[stop] !== ".") return null;
  let start = stop - 1;
  while (start > paragraphStart && ((t.flags[start] ?? 0) & F_SENT) === 0 && stop - start < MAX_SENTENCE_TOKENS) start--;
  for (let k = start; k < stop; k++) if (ctx.quoted[k]) return null;
  const subject = creditableSubject(ctx, start, stop);
  return subject ? resolveSpeaker(ctx, subject, st.open, prev) : null;
}

const MAX_SENTENCE_TOKENS = 60;
const PERSON_PRONOUNS = new Set(["he", "she"]);

/**
 * The subject of the sentence `start..end` that a quote in or after it may be credited to: a document or message
 * ("The ad targets"), a "he"/"she" opening the sentence, or the named person or organisation opening its main clause
 * (or a later clause with a subject of its own). Not "they", "it" or a description ("the group"): their referent would
 * be a guess on top of a guess.
 */
function creditableSubject(ctx: ResolveContext, start: number, end: number): SpeakerPhrase | null {
  const { index } = ctx;
  const source = sourceThing(ctx, start, end);
  if (source) return source;
  const subject = clauseSubject(index, ctx.quoted, start, end);
  if (subject?.kind === "pronoun" && PERSON_PRONOUNS.has(index.words.lower[subject.first] ?? "") && subject.first === start) return subject;
  if (subject?.kind !== "entity" || !opensMainClause(index, ctx.quoted, start, subject.first)) return null;
  if (!isNameWithRole(index, subject) || isHeadlineRun(index.words, start, end)) return null;
  return laterClauseSubject(index, subject, end) ?? subject;
}

// Words that open a sentence's leading phrase before its subject: "Still, ...", "When ..., ", "On Tuesday, ".
const LEAD_OPENERS = new Set(["still", "instead", "later", "meanwhile", "also", "yet", "but", "and", "so", "then", "now", "when", "after", "before", "as", "while", "since", "once", "if", "although", "though"]);

/** The subject starts the sentence, or follows one leading phrase and its comma ("In 2014, Pew found ..."). */
function opensMainClause(index: EntityIndex, quoted: Uint8Array, start: number, first: number): boolean {
  if (first === start) return true;
  const t = index.words;
  if (t.lower[first - 1] !== ",") return false;
  for (let k = start; k < first - 1; k++) if (t.lower[k] === "," || quoted[k]) return false;
  return (wordBits(t, start) & L_PREPOSITION) !== 0 || LEAD_OPENERS.has(t.lower[start] ?? "") || ((t.flags[start] ?? 0) & F_NUM) !== 0 || opensLeadingPhrase(t.lower[start] ?? "");
}

const MAX_CAPITALS = 3;

/** "REFUGEES TURNED AWAY AT BORDER The agency said ...": a shouted headline run into the paragraph. */
function isHeadlineRun(t: WordTable, start: number, end: number): boolean {
  let shouted = 0;
  for (let k = start; k < end && shouted < MAX_CAPITALS; k++) if (((t.flags[k] ?? 0) & F_UPPER) !== 0) shouted++;
  return shouted >= MAX_CAPITALS;
}

const CLAUSE_JOINERS = new Set([",", "while", "whereas", "and", "but", ";"]);

/** "Jindal signed an order, while Huckabee proposed we “...”": a person opening a later clause is the nearer subject. */
function laterClauseSubject(index: EntityIndex, subject: SpeakerPhrase, end: number): SpeakerPhrase | null {
  const t = index.words;
  let found: SpeakerPhrase | null = null;
  for (let k = subject.last + 1; k < end; k++) {
    const id = index.entityOfToken[k] ?? -1;
    if (id < 0) continue;
    let last = k;
    while ((index.entityOfToken[last + 1] ?? -1) === id) last++;
    const person = index.entities[id]?.kind === "person" && ((t.flags[last] ?? 0) & F_POSS) === 0;
    if (person && CLAUSE_JOINERS.has(t.lower[k - 1] ?? "") && id !== subject.entity) found = { first: k, last, kind: "entity", entity: id };
    k = last;
  }
  return found;
}

const ROLE_WORDS = L_ROLE_NOUN | L_ROLE_MODIFIER | L_TITLE | L_DETERMINER;

/** "Washington Post columnist Michael Gerson", not "The Rove ad hits Clinton": only role words lead to the name. */
function isNameWithRole(index: EntityIndex, subject: SpeakerPhrase): boolean {
  const t = index.words;
  for (let k = subject.first; k <= subject.last; k++) {
    if ((index.entityOfToken[k] ?? -1) === subject.entity || ((t.flags[k] ?? 0) & F_LOWER) === 0) continue;
    if ((wordBits(t, k) & ROLE_WORDS) === 0) return false;
  }
  return true;
}

// Things that carry words of their own: "The ad targets “...”", "A 2014 House report found “...”".
const SOURCE_NOUNS = new Set([
  "ad", "ads", "statement", "report", "memo", "letter", "document", "study", "survey", "poll", "editorial", "column", "article", "release",
  "email", "tweet", "post", "website", "cable", "textbook", "book", "filing", "lawsuit", "complaint", "order", "ruling", "platform", "petition",
]);

/** A sentence that opens (after any leading phrase) on a document or message as its subject: "The new ad targets “...”". */
function sourceThing(ctx: ResolveContext, start: number, end: number): SpeakerPhrase | null {
  const { index } = ctx;
  const t = index.words;
  let first = start;
  if ((wordBits(t, start) & L_PREPOSITION) !== 0 || LEAD_OPENERS.has(t.lower[start] ?? "")) {
    while (first < end && t.lower[first] !== "," && !ctx.quoted[first]) first++;
    if (t.lower[first] !== ",") return null;
    first++;
  }
  const phrase = phraseStartingAt(index, first, end - 1);
  if (phrase?.kind !== "nominal" || !SOURCE_NOUNS.has(t.lower[phrase.last] ?? "") || phrase.last + 1 >= end) return null;
  return isHeadlineRun(t, start, end) ? null : phrase;
}
