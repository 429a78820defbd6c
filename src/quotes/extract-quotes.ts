import type { AnalysedDocument, Span } from "../nlp/document.js";
import type { EntityIndex } from "../nlp/entities/entity.js";
import { entityIndexOf } from "../nlp/entities/find-entities.js";
import { L_PRONOUN, L_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_CAP, F_POSS, F_QUOTE, F_SENT, F_WORD, wordBits, type WordTable } from "../nlp/entities/word-table.js";
import { locateStretches, paragraphFirstTokens, zoneAfter, zoneBefore, type StretchTokens, type Zone } from "./cue-zones.js";
import { cueAfter, cueBefore, type Cue, type CueContext } from "./find-cue.js";
import { phraseStartingAt } from "./speaker-phrase.js";
import { isTitle, looksUnspoken, shapeOf } from "./quote-shape.js";
import { isAttributiveTitle } from "./attributive-title.js";
import type { Quote } from "./quote.js";
import { findQuotedStretches } from "./quoted-stretches.js";
import { opensWithLinkingWord } from "./linking-word.js";
import { sharesSentenceWith } from "./same-sentence.js";
import { wordsOfCue } from "./words-of-cue.js";
import { subjectOfQuoteSentence, subjectOfSentenceBefore } from "./sentence-subject.js";
import { attributionOfLabel, splitTranscriptLines, transcriptLabel } from "./transcript-label.js";
import { emptyPronounChain } from "./pronoun-chain.js";
import { speakerOfUncuedQuote } from "./resolve-pronoun.js";
import { resolveSpeaker, type Attribution, type PreviousSpeaker, type ResolveContext } from "./resolve-speaker.js";

interface Draft {
  st: StretchTokens;
  pieces: Span[];
  lastParagraph: number;
  cue: Cue | null;
  /** The cue came from the words after the quote (and may therefore sit between it and the next one). */
  cueAfterQuote: boolean;
  attribution: Attribution | null;
  partial: boolean;
}

const OPENING_PUNCTUATION = new Set([":", ",", "—", "–", "―", "-", "…", "("]);
const DASHES = new Set(["—", "–", "―", "-"]);

/**
 * Every direct quotation of the document, in document order, verbatim, with its speaker: quotes continued
 * over paragraphs and quotes interrupted by their attribution ("A," she said, "B.") come out as one Quote.
 * Quoted titles, nicknames and scare quotes with no speaker and no cue are left out.
 */
export function extractQuotes(doc: AnalysedDocument): Quote[] {
  const stretches = splitTranscriptLines(doc.text, findQuotedStretches(doc));
  if (stretches.length === 0) return [];
  const index = entityIndexOf(doc);
  const t = index.words;
  const quoted = scratchQuoted(t.count);
  const located = locateStretches(doc, t, stretches, quoted).filter((st) => !isAttributiveTitle(doc.text, t, st));
  const paragraphTokens = paragraphFirstTokens(doc, t);
  const ctx: ResolveContext = { index, quoted, paragraphFirstTokens: paragraphTokens, chain: emptyPronounChain() };
  const drafts: Draft[] = [];
  let prev: PreviousSpeaker | null = null;
  located.forEach((st, i) => {
    const prevClose = located[i - 1]?.close ?? -1;
    const nextOpen = located[i + 1]?.open ?? t.count;
    const after = zoneAfter(t, st, nextOpen, paragraphTokens[st.lastParagraph + 1] ?? t.count);
    const before = zoneBefore(t, st, prevClose, paragraphTokens[st.stretch.paragraph] ?? 0);
    const afterCue = cueAfter(ctx, after.first, after.last);
    const last = drafts[drafts.length - 1];
    const afterIsNextSentence = ((t.flags[after.first] ?? 0) & F_SENT) !== 0;
    // After "?" or "!" a capitalised cue still signs the quote ("Grizzly Adams?" Maddow repeated.): only a full stop
    // inside the quote makes the words after it a sentence of their own.
    const afterIsOwnSentence = afterIsNextSentence && t.lower[after.first - 2] === ".";
    if (last && joinsPrevious(t, last, st) && (afterIsOwnSentence || !namesAnotherSpeaker(ctx, afterCue, last, st, prev))) {
      last.pieces.push(...st.stretch.pieces);
      last.lastParagraph = st.lastParagraph;
      last.st = st;
      // "A," she said, "B," she added, "C.": the newest cue is the one a next piece may follow.
      if (afterCue) {
        last.cue = afterCue;
        last.cueAfterQuote = true;
        if (!last.attribution && afterCue.phrase) last.attribution = resolveSpeaker(ctx, afterCue.phrase, st.open, prev);
      }
      if (last.attribution) prev = { attribution: last.attribution, cueEnd: Math.max(st.close, after.last), paragraph: st.lastParagraph };
      return;
    }
    const label = transcriptLabel(doc.text, st.stretch.pieces[0] as Span);
    if (label) {
      // A transcript line: the label names the speaker and is not part of the words.
      const pieces = st.stretch.pieces.map((p, k) => (k === 0 ? { start: label.wordsStart, end: p.end } : p));
      const attribution = attributionOfLabel(index, label.label);
      drafts.push({ st, pieces, lastParagraph: st.lastParagraph, cue: null, cueAfterQuote: false, attribution, partial: false });
      prev = { attribution, cueEnd: st.close, paragraph: st.lastParagraph };
      return;
    }
    const beforeCue = cueBefore(ctx, before.first, before.last) ?? colonCue(t, ctx, st, paragraphTokens) ?? wordsOfCue(index, before);
    // The cue after the quote wins ("A," she said), unless it is a pronoun against a name, or it opens the next
    // sentence while the quote's own sentence names its speaker (X said, "A." The star then recalled ...).
    const useBefore =
      beforeCue !== null &&
      (afterCue === null || afterIsNextSentence || (afterCue.phrase?.kind === "pronoun" && beforeCue.phrase?.kind !== "pronoun" && !personPronounAgainstThing(index, afterCue, beforeCue)));
    const cue = (useBefore ? beforeCue : afterCue) ?? signatureCue(ctx, st, after, paragraphTokens) ?? sentenceBeforeCue(t, ctx, st, before, paragraphTokens);
    let attribution = cue?.phrase ? resolveSpeaker(ctx, cue.phrase, st.open, prev) : null;
    const shape = shapeOf(doc.text, st.stretch.pieces);
    const lead = st.open - 1;
    if (isTitle(shape, t.lower[lead] ?? "", ((t.flags[lead] ?? 0) & F_POSS) !== 0)) return;
    if (shape.words <= 2 && isNickname(t, st)) return;
    const partial = isPartial(t, before, shape.startsLower);
    if (!cue) {
      if (prev && (continuesPrevious(t, st, before, prev, paragraphTokens) || namesOnlySetting(ctx, st, before, prev))) attribution = prev.attribution;
      else if (looksUnspoken(shape)) return;
      // A longer fragment after an attributed one in the same sentence (short ones stay out as scare quotes).
      else if (last?.attribution && last.st === located[i - 1] && sharesSentenceWith(t, last.st, st)) attribution = last.attribution;
      else if (partial) attribution = subjectOfQuoteSentence(ctx, st, before, prev);
      else if (standsAlone(t, st, after, paragraphTokens)) attribution = speakerOfUncuedQuote(ctx, st.open, prev);
      else attribution = subjectOfSentenceBefore(ctx, st, prev);
    }
    drafts.push({ st, pieces: [...st.stretch.pieces], lastParagraph: st.lastParagraph, cue, cueAfterQuote: !useBefore && cue !== null, attribution, partial });
    // Names in the rest of the attribution sentence ("told reporters on Blinken’s plane") do not change the topic;
    // a next sentence that does not sign the quote ("X called it "unfair." Y, an analyst, warned ...") may.
    const signedAfter = cue !== null && cue === afterCue;
    const cueEnd = afterIsNextSentence && !signedAfter ? st.close : Math.max(st.close, after.last);
    if (attribution) prev = { attribution, cueEnd, paragraph: st.lastParagraph };
  });
  return drafts.map((draft) => toQuote(doc, t, draft));
}

let quotedScratch = new Uint8Array(4096);

/** A zeroed per-token flag array, reused across documents (typed arrays are costly to allocate). */
function scratchQuoted(count: number): Uint8Array {
  if (quotedScratch.length < count + 8) quotedScratch = new Uint8Array(Math.max(count + 8, quotedScratch.length * 2));
  quotedScratch.fill(0, 0, count + 8);
  return quotedScratch;
}

/** "A," she said, "B." -> B continues A: only the attribution (and punctuation) stands between them. */
function joinsPrevious(t: WordTable, last: Draft, st: StretchTokens): boolean {
  if (!last.cue || !last.cueAfterQuote || last.partial || last.st.lastParagraph !== st.stretch.paragraph) return false;
  if (last.cue.end >= st.open || last.cue.verb <= last.st.close) return false;
  for (let k = last.cue.end + 1; k < st.open; k++) if (((t.flags[k] ?? 0) & F_WORD) !== 0) return false;
  return true;
}

/** `"A," said Sen. Susan Collins. "B," added Rep. Cathy McMorris Rodgers.`: B has a speaker of its own. */
function namesAnotherSpeaker(ctx: ResolveContext, cue: Cue | null, last: Draft, st: StretchTokens, prev: PreviousSpeaker | null): boolean {
  if (!cue?.phrase || cue.phrase.kind === "pronoun" || !last.attribution) return false;
  const other = resolveSpeaker(ctx, cue.phrase, st.open, prev);
  if (!other) return false;
  const mine = last.attribution;
  return mine.entity >= 0 || other.entity >= 0 ? mine.entity !== other.entity : mine.speaker.name !== other.speaker.name;
}

/** A quote opening a paragraph right after "Caddell continued:" belongs to that cue. */
function colonCue(t: WordTable, ctx: CueContext, st: StretchTokens, paragraphTokens: Int32Array): Cue | null {
  const p = st.stretch.paragraph;
  if (p === 0 || st.open !== paragraphTokens[p]) return null;
  const end = (paragraphTokens[p] ?? 0) - 1;
  if (t.lower[end] !== ":") return null;
  const start = paragraphTokens[p - 1] ?? 0;
  return cueBefore(ctx, Math.max(start, end - 40), end);
}

/**
 * "Iowa State University’s Dianne Bystrom agreed. "Mainstream Republicans are ..."", "Sam Lau ... said in a
 * statement. "There are no ..."": the sentence before ends on its verb, or on its verb and where it was said.
 */
function sentenceBeforeCue(t: WordTable, ctx: CueContext, st: StretchTokens, before: Zone, paragraphTokens: Int32Array): Cue | null {
  const stop = st.open - 1;
  if (before.first <= before.last || t.lower[stop] !== ".") return null;
  let verb = stop - 1;
  for (let k = stop - 2; k >= stop - MAX_SETTING_TOKENS && k > 0; k--) {
    if (SETTING_PREPOSITIONS.has(t.lower[k] ?? "")) {
      verb = k - 1;
      break;
    }
  }
  if (verb < (paragraphTokens[st.stretch.paragraph] ?? 0)) return null;
  let start = verb;
  while (start > 0 && ((t.flags[start] ?? 0) & F_SENT) === 0 && verb - start < MAX_SENTENCE_TOKENS) start--;
  // A sentence holding a quote attributes that quote ("...," Hooton said after Rubio spoke.), not the next one.
  for (let k = start; k <= verb; k++) if (((t.flags[k] ?? 0) & F_QUOTE) !== 0) return null;
  const cue = cueBefore(ctx, start, verb);
  return cue && cue.verb === verb ? cue : null;
}

const MAX_SENTENCE_TOKENS = 40;
// "in a statement", "on Twitter", "during a debate": where, at most this many words, after the verb.
const MAX_SETTING_TOKENS = 5;
const SETTING_PREPOSITIONS = new Set(["in", "on", "during", "at"]);
const MAX_SIGNATURE_TOKENS = 16;

/**
 * A quote paragraph signed on the next line, as fact checks and "quotable" boxes do:
 * ¶ "...the top 1 percent." ¶ - Bernie Sanders. ¶
 */
function signatureCue(ctx: CueContext, st: StretchTokens, after: Zone, paragraphTokens: Int32Array): Cue | null {
  const t = ctx.index.words;
  const p = st.lastParagraph;
  if (st.open !== paragraphTokens[st.stretch.paragraph] || !st.stretch.closed) return null;
  for (let k = after.first; k <= after.last; k++) if (((t.flags[k] ?? 0) & F_WORD) !== 0) return null;
  const dash = paragraphTokens[p + 1] ?? t.count;
  const end = paragraphTokens[p + 2] ?? t.count;
  if (dash >= t.count || !DASHES.has(t.lower[dash] ?? "") || end - dash > MAX_SIGNATURE_TOKENS) return null;
  const phrase = phraseStartingAt(ctx.index, dash + 1, end - 1);
  if (!phrase || phrase.kind === "pronoun" || phrase.kind === "nominal") return null;
  return { phrase, verb: dash, end: phrase.last };
}

/** An uncued quote keeps the previous speaker when it opens the next paragraph or follows in the same one. */
function continuesPrevious(t: WordTable, st: StretchTokens, before: Zone, prev: PreviousSpeaker, paragraphTokens: Int32Array): boolean {
  const p = st.stretch.paragraph;
  if (p - prev.paragraph > 1 || p < prev.paragraph) return false;
  if (st.open === paragraphTokens[p]) return true;
  if (opensWithLinkingWord(t, before)) return true;
  return p === prev.paragraph && before.first > before.last && t.lower[st.open - 1] !== ",";
}

/**
 * "Then, later that month on CNN: "..."": a colon after words that name no one and no verb of saying gives
 * only where or when, so the quote goes on with the previous speaker (in the same or the next paragraph).
 */
function namesOnlySetting(ctx: ResolveContext, st: StretchTokens, before: Zone, prev: PreviousSpeaker): boolean {
  const t = ctx.index.words;
  const p = st.stretch.paragraph;
  if (p - prev.paragraph > 1 || p < prev.paragraph || before.first > before.last || t.lower[before.last] !== ":") return false;
  for (let k = before.first; k < before.last; k++) {
    const id = ctx.index.entityOfToken[k] ?? -1;
    if ((id >= 0 && ctx.index.entities[id]?.kind === "person") || (wordBits(t, k) & (L_SPEECH_VERB | L_PRONOUN)) !== 0) return false;
  }
  return true;
}

/** "...: “...,” she wrote." after a clause whose subject is an organisation: "she" is no organisation. */
function personPronounAgainstThing(index: EntityIndex, afterCue: Cue, beforeCue: Cue): boolean {
  const lower = index.words.lower[afterCue.phrase?.first ?? -1];
  if (lower !== "he" && lower !== "she") return false;
  const phrase = beforeCue.phrase;
  return phrase?.kind === "entity" && index.entities[phrase.entity]?.kind !== "person";
}

/** Marcia “Cia” Price: a quoted word between a given name and a surname. */
function isNickname(t: WordTable, st: StretchTokens): boolean {
  return ((t.flags[st.open - 1] ?? 0) & F_CAP) !== 0 && ((t.flags[st.close + 1] ?? 0) & F_CAP) !== 0 && st.stretch.closed;
}

/** A quote that is its whole paragraph: in news, the words of the person the story is about at that point. */
function standsAlone(t: WordTable, st: StretchTokens, after: Zone, paragraphTokens: Int32Array): boolean {
  if (st.open !== paragraphTokens[st.stretch.paragraph]) return false;
  for (let k = after.first; k <= after.last; k++) if (((t.flags[k] ?? 0) & F_WORD) !== 0) return false;
  return true;
}

/** Quoted words inside a sentence of paraphrase ("would be judged "by its actions""). */
function isPartial(t: WordTable, before: Zone, startsLower: boolean): boolean {
  if (before.first > before.last) return false;
  return startsLower || !OPENING_PUNCTUATION.has(t.lower[before.last] ?? "");
}

function toQuote(doc: AnalysedDocument, t: WordTable, draft: Draft): Quote {
  const pieces = draft.pieces.map((p) => ({ start: p.start, end: p.end }));
  const quote: Quote = {
    text: pieces.map((p) => doc.text.slice(p.start, p.end)).join(" "),
    pieces,
    paragraph: draft.st.stretch.paragraph,
    paragraphs: draft.lastParagraph - draft.st.stretch.paragraph + 1,
    partial: draft.partial,
    speaker: draft.attribution?.speaker ?? null,
  };
  if (draft.cue && ((t.flags[draft.cue.verb] ?? 0) & F_WORD) !== 0) quote.cue = cueWords(t, draft.cue.verb);
  return quote;
}

/** The verb of saying, with "reporters" after "told" and "in a statement" when present. */
function cueWords(t: WordTable, verb: number): string {
  let end = verb;
  const next = t.lower[verb + 1];
  if (t.lower[verb] === "according") end = verb + 1;
  else if (t.lower[verb] === "told" && (next === "reporters" || next === "journalists")) end = verb + 1;
  else if (next === "in" && t.lower[verb + 2] === "a" && t.lower[verb + 3] === "statement") end = verb + 3;
  return t.text.slice(t.start[verb], t.end[end]);
}
