import type { EntityIndex } from "../nlp/entities/entity.js";
import { isFillerAt } from "../nlp/entities/name-evidence.js";
import { L_NP_BREAKER, L_PHRASAL_VERB, L_SPEECH_VERB, L_SPEECH_VERB_IN_SLOT } from "../nlp/entities/lexicon.js";
import { PHRASAL_VERBS } from "../nlp/entities/speech-verbs.js";
import { ROLE_NOUNS } from "../nlp/entities/role-words.js";
import { F_CAP, F_LOWER, F_QUOTE, F_SENT, F_WORD, wordBits } from "../nlp/entities/word-table.js";
import { DETERMINERS, NP_BREAKERS } from "./function-words.js";
import { PREPOSITIONS } from "../nlp/entities/closed-words.js";
import { clauseSubject, sentenceStartBefore } from "./clause-subject.js";
import { closingCue } from "./closing-cue.js";
import { earlierCoreVerb, withParticipleSubject, perceivedSpeechVerb } from "./participle-speaker.js";
import { isForecastSpeech } from "./reported-clause.js";
import { isIdiomNotSpeech } from "./idiom-verbs.js";
import { isNounObjectOfInfinitive, isObjectOfInfinitive } from "./control-object.js";
import { beforeTimePhrase } from "./time-phrase.js";
import { classifyPhrase, isPlacePhrase, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase.js";
import { wordsUsedVerb } from "./words-used-cue.js";
import { headBeforeComplement } from "./adjective-complement.js";
import { mayInvertAt } from "./inverted-subject.js";
import { isLocationAppositive } from "./location-appositive.js";
import { speakerBeforePlaceAside } from "./place-aside.js";
import { inscriptionBefore } from "./inscription.js";
import { coordinatedWithSubject } from "./coordinated-participle.js";
import { isNounInLy } from "./noun-head.js";
import { isNounAfterSingular } from "./noun-cue.js";
import { acrossAdjectiveComma } from "./adjective-comma.js";
import { agentAfterQuote } from "./agent-after-quote.js";

/** An attribution found next to a quote: who ("the official") and the verb ("told"). */
export interface Cue {
  /** Null when the cue says nobody in particular spoke ("Blumenthal was asked, "...""). */
  phrase: SpeakerPhrase | null;
  /** Token index of the verb of saying, or of "according" / the dash / the colon. */
  verb: number;
  /** Last token of the attribution clause (speaker or verb, whichever is later). */
  end: number;
}

export interface CueContext {
  index: EntityIndex;
  quoted: Uint8Array;
}

const MAX_APPOSITIVE = 28;
// How far a verb of saying may stand from the start of its subject after a quote.
const MAX_SUBJECT_SPAN = 20;
const DASHES = new Set(["—", "–", "―", "-"]);
// Verbs after which the speaker may follow ("said Smith"); after "told" or "telling" comes the listener.
const INVERTIBLE = new Set(
  `said says say added adds wrote writes continued continues replied replies explained explains noted notes recalled recalls tweeted
tweets argued argues insisted insists declared declares responded responds answered answers quipped quips asked asks offered
cautioned warned warns admitted admits conceded concedes countered counters predicted predicts stated states`.split(/\s+/),
);
const PLAIN_CUES = new Set(["said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "tweeted", "asked", "asks", "explained", "continued", "noted", "notes", "recalled", "argued", "insisted", "replied", "responded", "declared", "stated", "concluded"]);
const ATTACHED_PREPOSITIONS = new Set(["of", "in", "at", "from", "for", "with"]);
const LISTENER_VERBS = new Set(["told", "tell", "tells", "telling", "informed", "reminded", "assured", "advised", "thanked", "urged"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"]);
const NOUN_MARKERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your", "whose"]);

/** A verb of saying at `k`, used as a verb: "the statement" or "a tweet" are nouns; "went on" counts. */
function isVerbAt(index: EntityIndex, k: number): boolean {
  const t = index.words;
  // "Read said": the surname of Ian Read, not the verb.
  if (((t.flags[k] ?? 0) & F_WORD) === 0 || (index.entityOfToken[k] ?? -1) >= 0 || isIdiomNotSpeech(t, k)) return false;
  const bits = wordBits(t, k);
  if ((bits & L_PHRASAL_VERB) !== 0 && t.lower[k + 1] === PHRASAL_VERBS.get(t.lower[k] ?? "")) return true;
  const before = t.lower[k - 1] ?? "";
  // "a marketing video that said": after "that" only a form in -s can be a noun ("that claims").
  if (before === "that") return (bits & L_SPEECH_VERB) !== 0 && !(t.lower[k] ?? "").endsWith("s");
  return (bits & L_SPEECH_VERB) !== 0 && !NOUN_MARKERS.has(before) && !isNounAfterSingular(t, k);
}

/** A verb of saying right after its subject, where "states" or "reads" can only be a verb. */
function isVerbInSlot(index: EntityIndex, k: number): boolean {
  return isVerbAt(index, k) || (((index.words.flags[k] ?? 0) & F_LOWER) !== 0 && (wordBits(index.words, k) & L_SPEECH_VERB_IN_SLOT) !== 0);
}

function skipFillers(index: EntityIndex, k: number, step: 1 | -1): number {
  let j = k;
  // "the rally [denounced]": a word in -ly after an article is a noun, no adverb to skip.
  for (let n = 0; n < 3 && isFillerAt(index.words, j) && !isNounInLy(index.words, j); n++) j += step;
  return j;
}

function isPassive(index: EntityIndex, verb: number): boolean {
  const lower = index.words.lower[verb] ?? "";
  if (!lower.endsWith("ed") && lower !== "told" && lower !== "written") return false;
  return PASSIVE_AUXILIARIES.has(index.words.lower[skipFillers(index, verb - 1, -1)] ?? "");
}

/** "was asked by host Bill Maher" -> the agent; null when no "by" follows. */
function passiveAgent(index: EntityIndex, verb: number, last: number): SpeakerPhrase | null {
  return index.words.lower[verb + 1] === "by" ? phraseStartingAt(index, verb + 2, last) : null;
}

/** Skips "(R-Texas)" and ", the assistant leader of the caucus," after a speaker's name; returns the next token. */
function skipAsides(index: EntityIndex, k: number, last: number): number {
  const lower = index.words.lower;
  let j = k;
  if (lower[j] === "(") {
    while (j <= last && lower[j] !== ")" && j - k < 10) j++;
    j++;
  }
  // Up to two appositives: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
  for (let n = 0; n < 2 && lower[j] === ","; n++) {
    let c = j + 1;
    while (c <= last && lower[c] !== "," && c - j < MAX_APPOSITIVE && !isVerbAt(index, c)) c++;
    // "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": an unclosed appositive.
    if (isVerbAt(index, c)) return c;
    if (lower[c] !== ",") break;
    j = c;
  }
  return lower[j] === "," ? j + 1 : j;
}

/**
 * Attribution after a quote: right after it (`, said X` / `, X said` / `, X, the senator, told reporters` / `— X`),
 * or closing its sentence after more words (closing-cue.ts).
 */
export function cueAfter(ctx: CueContext, first: number, last: number): Cue | null {
  return cueRightAfter(ctx, first, last) ?? closingCue(ctx.index, first, last);
}

function cueRightAfter(ctx: CueContext, first: number, last: number): Cue | null {
  const { index } = ctx;
  const lower = index.words.lower;
  let k = first;
  let dashed = false;
  for (let n = 0; n < 2 && k <= last && (lower[k] === "," || DASHES.has(lower[k] ?? "")); n++) dashed = DASHES.has(lower[k++] ?? "") || dashed;
  if (k > last) return null;
  if (lower[k] === "according" && lower[k + 1] === "to") {
    const phrase = authorOf(index, phraseStartingAt(index, k + 2, last), last);
    return phrase ? { phrase, verb: k, end: phrase.last } : null;
  }
  if (isVerbAt(index, k)) {
    // Right after a quote any verb of saying may come first ("...," remembered Roy Verley), but after
    // "told" comes the listener.
    if (LISTENER_VERBS.has(lower[k] ?? "")) return null;
    // "...," saying the city embodied / promising the Friends: a participle takes an object, never its subject.
    if ((lower[k] ?? "").endsWith("ing")) return null;
    const phrase = phraseStartingAt(index, skipFillers(index, k + 1, 1), last) ?? describedPerson(index, k + 1, last);
    return phrase ? { phrase, verb: k, end: phrase.last } : null;
  }
  if (PASSIVE_AUXILIARIES.has(lower[k] ?? "") && isVerbAt(index, k + 1) && lower[k + 2] === "by") {
    // "...," was written by Springsteen
    const agent = phraseStartingAt(index, k + 3, last);
    return agent ? { phrase: agent, verb: k + 1, end: agent.last } : null;
  }
  let phrase = phraseStartingAt(index, k, last);
  if (!phrase) return distantVerbCue(index, first, k, last, null);
  // "a person close to the mayor said": the verb comes after what the description shows.
  let next = (phrase.shownLast ?? phrase.last) + 1;
  if (ATTACHED_PREPOSITIONS.has(lower[next] ?? "") || lower[next] === "on") {
    // "Mr. Morgan of the Sierra Club said", "a narrator in the Clinton ad asks", "a welcome message on the website reads"
    const attached = phraseStartingAt(index, next + 1, last);
    if (attached && isVerbInSlot(index, skipFillers(index, attached.last + 1, 1))) next = attached.last + 1;
  }
  let verb = perceivedSpeechVerb(index.words, skipFillers(index, skipAsides(index, next, last), 1));
  if (!isVerbInSlot(index, verb) && lower[phrase.last + 1] === ",") {
    // "another friend, Mariam Emara told CNN"
    const named = phraseStartingAt(index, phrase.last + 2, last);
    const namedVerb = named ? skipFillers(index, named.last + 1, 1) : -1;
    if (named && named.kind !== "nominal" && isVerbAt(index, namedVerb)) {
      phrase = named;
      verb = namedVerb;
    }
  }
  if (verb <= last && isVerbInSlot(index, verb)) {
    if (isPassive(index, verb)) return { phrase: passiveAgent(index, verb, last), verb, end: verb };
    phrase = namedInAppositive(index, phrase, verb) ?? acrossAdjectiveComma(index, phrase, verb) ?? phrase;
    // After a quote closed by a full stop, a new sentence attributes it only in the plain form
    // ("...win." Trump said.), not when it goes on ("...win." The star then recalled an incident).
    if (startsSentence(index, first) && (!PLAIN_CUES.has(lower[verb] ?? "") || reportsNewClause(index, verb))) return null;
    return { phrase, verb, end: verb };
  }
  if (dashed && phrase.kind !== "nominal" && (phrase.last === last || ((index.words.flags[phrase.last + 1] ?? 0) & F_WORD) === 0)) {
    return { phrase, verb: first, end: phrase.last };
  }
  return distantVerbCue(index, first, k, last, phrase);
}

// "a court filing released by", "a memo written by": who made the document is who speaks through it.
const AUTHORED = new Set(["filed", "released", "issued", "written", "signed", "posted", "sent", "prepared", "authored", "published"]);

/** "according to a court document filed by state attorney Dave Aronberg" -> the attorney; else the phrase itself. */
function authorOf(index: EntityIndex, phrase: SpeakerPhrase | null, last: number): SpeakerPhrase | null {
  if (phrase?.kind !== "nominal") return phrase;
  const lower = index.words.lower;
  const verb = phrase.last + 1;
  if (!AUTHORED.has(lower[verb] ?? "") || lower[verb + 1] !== "by") return phrase;
  return phraseStartingAt(index, verb + 2, last) ?? phrase;
}

/** "a spokesman, John Smith, said", "another friend, Mariam Emara told": the person's name beats the description. */
function namedInAppositive(index: EntityIndex, phrase: SpeakerPhrase, verb: number): SpeakerPhrase | null {
  const lower = index.words.lower;
  if (phrase.kind !== "nominal" || lower[phrase.last + 1] !== ",") return null;
  const named = phraseStartingAt(index, phrase.last + 2, verb - 1);
  if (named?.kind !== "entity" || index.entities[named.entity]?.kind !== "person") return null;
  const next = named.last + 1;
  return next === verb || (lower[next] === "," && next + 1 === verb) ? named : null;
}

/** "said master of ceremonies Asab Al-Tabchi": a person named after a few lower-case words that describe them. */
function describedPerson(index: EntityIndex, first: number, last: number): SpeakerPhrase | null {
  const t = index.words;
  for (let k = first; k <= last && k - first <= MAX_DESCRIPTION_WORDS; k++) {
    const id = index.entityOfToken[k] ?? -1;
    if (id >= 0) return k > first && index.entities[id]?.kind === "person" ? phraseStartingAt(index, k, last) : null;
    if (((t.flags[k] ?? 0) & F_LOWER) === 0 || isVerbAt(index, k)) return null;
  }
  return null;
}

const MAX_DESCRIPTION_WORDS = 4;

/**
 * "...violence." Ohio Gov. John Kasich said he would have fired ...: a sentence whose verb goes on to a clause of
 * its own reports something new, rather than signing the quote before it.
 */
function reportsNewClause(index: EntityIndex, verb: number): boolean {
  const lower = index.words.lower;
  let k = verb + 1;
  if (LISTENER_VERBS.has(lower[verb] ?? "") && (lower[k] === "reporters" || lower[k] === "journalists")) k++;
  // "Trump said that day." is a time, not a clause.
  return NEW_CLAUSE_OPENERS.has(lower[k] ?? "") && !(lower[k] === "that" && TIME_NOUNS.has(lower[k + 1] ?? ""));
}

const NEW_CLAUSE_OPENERS = new Set(["that", "he", "she", "they", "it", "we", "i", "there"]);
const TIME_NOUNS = new Set(["day", "night", "evening", "morning", "afternoon", "week", "month", "year", "time"]);

function startsSentence(index: EntityIndex, first: number): boolean {
  return ((index.words.flags[first] ?? 0) & F_SENT) !== 0 && index.words.lower[first - 2] === ".";
}

/**
 * The verb of saying further on, after a subject longer than a phrase: "election law expert Rick Hasen
 * tweeted", "Rep. Duncan Hunter’s chief of staff, Joe Kasper, told", "Jeffrey Lewis of the James Martin
 * Center for Nonproliferation Studies wrote". `lead` is the phrase found at `k`, if any.
 */
function distantVerbCue(index: EntityIndex, first: number, k: number, last: number, lead: SpeakerPhrase | null): Cue | null {
  const t = index.words;
  // Only where the quote's own sentence goes on after a comma or a dash ("...," X ... said), never after a full stop.
  if (t.lower[first - 2] !== "," && k === first) return null;
  // "...," when Clinton blasted him: a clause, not a subject, follows.
  if (NP_BREAKERS.has(t.lower[k] ?? "")) return null;
  for (let v = k + 1; v <= last && v - k <= MAX_SUBJECT_SPAN; v++) {
    if (((t.flags[v] ?? 0) & F_QUOTE) !== 0) return null;
    const strict = isVerbAt(index, v);
    if (!strict && !isVerbInSlot(index, v)) continue;
    // "the only pollster to correctly predict", "is one common saying": no finite verb, no attribution.
    if (isPassive(index, v) || (t.lower[v] ?? "").endsWith("ing") || t.lower[skipFillers(index, v - 1, -1)] === "to") return null;
    // "Jeffrey Lewis of the James Martin Center ... wrote", "Dovere and Debenedetti wrote" (not "George W. Bush speechwriter").
    const after = t.lower[lead ? lead.last + 1 : -1] ?? "";
    const leadAttached = after === "," || after === "(" || after === "and" || ATTACHED_PREPOSITIONS.has(after);
    if (lead?.kind === "entity" && index.entities[lead.entity]?.kind === "person" && leadAttached) return { phrase: lead, verb: v, end: v };
    // "the Saudis state": a word that is mostly a noun is a verb here only right after a name.
    const named = strict || ((t.flags[v - 1] ?? 0) & F_CAP) !== 0;
    const subject = named ? subjectBefore(index, v, k) : null;
    // A person, or a phrase that opens the clause or follows an appositive ("..., Joe Kasper, told"); not "features a
    // New York Times report".
    const person = subject?.kind === "entity" && index.entities[subject.entity]?.kind === "person";
    const opens = subject !== null && (person || subject.first === k || t.lower[subject.first - 1] === "," || t.lower[subject.first - 1] === "and");
    if (subject && opens && isFullSubject(index, subject)) return { phrase: subject, verb: v, end: v };
    if (lead && ATTACHED_PREPOSITIONS.has(t.lower[lead.last + 1] ?? "")) return { phrase: lead, verb: v, end: v };
    return null;
  }
  return null;
}

/** A phrase that can be a subject on its own: a name, a pronoun, or a noun phrase with a determiner or a role ("a spokesman"). */
function isFullSubject(index: EntityIndex, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== "nominal") return true;
  const t = index.words;
  return DETERMINERS.has(t.lower[phrase.first] ?? "") || ROLE_NOUNS.has(t.lower[phrase.last] ?? "");
}

/** Attribution before a quote in its sentence: `X said:` / `X told reporters that` / `according to X,` / `X, ..., saying`. */
export function cueBefore(ctx: CueContext, first: number, last: number): Cue | null {
  const { index } = ctx;
  const lower = index.words.lower;
  if (lower[last] === ":" && last > first) {
    // "Pollsters agree - Carl Bialik:" -- a name labels the quote.
    const labelled = phraseEndingAt(index, last - 1, first);
    if (labelled && (labelled.kind === "entity" || labelled.kind === "name") && lower[labelled.first - 1] !== "said") {
      // "wrote on Facebook:", "added about Carson:", "delivered a blunt message to Trump:": the name is no label.
      const lead = lower[labelled.first - 1] ?? "";
      const object = PREPOSITIONS.has(lead) && lead !== "from" && lead !== "of";
      if (!object && !verbLeadsTo(index, first, labelled.first - 1)) return { phrase: labelled, verb: last, end: last };
    }
  }
  // "When Trump used the words, "...,"": the user of the words speaks them.
  const used = wordsUsedVerb(index.words, first, last);
  const user = used >= 0 ? subjectBefore(index, used, first) : null;
  if (user) return { phrase: user, verb: used, end: used };
  for (let v = last; v >= first; v--) {
    if (lower[v] === "to" && lower[v - 1] === "according") {
      const phrase = authorOf(index, phraseStartingAt(index, v + 1, last), last);
      if (phrase) return { phrase, verb: v - 1, end: phrase.last };
      continue;
    }
    if (!isVerbAt(index, v)) continue;
    const verb = lower[v] ?? "";
    const inscribed = inscriptionBefore(index, v, first);
    if (inscribed) return { phrase: inscribed, verb: v, end: v };
    if (isPassive(index, v)) return { phrase: passiveAgent(index, v, last), verb: v, end: v };
    const agent = v === last ? agentAfterQuote(index, ctx.quoted, v) : undefined;
    if (agent !== undefined) return { phrase: agent, verb: v, end: v };
    if (!verb.endsWith("ing")) {
      const subject = subjectBefore(index, v, first);
      if (subject && isForecastSpeech(index.words, subject, v)) continue;
      if (subject) return { phrase: subject, verb: v, end: v };
      if (INVERTIBLE.has(verb) && mayInvertAt(index.words, v)) {
        // "said Smith:" / "asked the senator,"
        const inverted = phraseStartingAt(index, skipFillers(index, v + 1, 1), last);
        const next = lower[(inverted?.last ?? 0) + 1];
        if (inverted && (inverted.last === last || next === "," || next === ":")) return { phrase: inverted, verb: v, end: inverted.last };
      }
    }
    if (verb.endsWith("ing")) {
      // "Spicer said, adding,": the participle shares the subject of the verb before it.
      if (lower[v - 1] === "," && isVerbAt(index, v - 2) && !(lower[v - 2] ?? "").endsWith("ing")) continue;
      const joinedToOne = lower[v - 1] === "and";
      const withSubject =
        withParticipleSubject(index, v, first) ??
        (joinedToOne ? coordinatedWithSubject(index, ctx.quoted, v, sentenceStartBefore(index, ctx.quoted, v, 0), (k) => isVerbAt(index, k)) : null);
      if (withSubject) return { phrase: withSubject, verb: v, end: v };
      // "footage of Trump saying", "Carson privately saying": a person right before the participle is its subject.
      const end = skipFillers(index, v - 1, -1);
      const id = index.entityOfToken[end] ?? -1;
      if (id >= 0 && index.entities[id]?.kind === "person") {
        let start = end;
        while ((index.entityOfToken[start - 1] ?? -1) === id) start--;
        return { phrase: { first: start, last: end, kind: "entity", entity: id }, verb: v, end: v };
      }
    }
    // "Clinton ..., saying" / "Carson did not ..., but told his supporters": the sentence's subject speaks.
    const start = sentenceStartBefore(index, ctx.quoted, v, 0);
    // "The ad hits Lopez for ... and claims": a verb joined by "and" shares the thing that opens the sentence, not its object.
    const joined = lower[v - 1] === "and" || lower[v - 1] === "but";
    const subject = (joined ? thingSubject(index, start, v) : null) ?? clauseSubject(index, ctx.quoted, start, v);
    // "even a top strategist said Clinton will have to choose, saying": the one who said it, not the one said of.
    const earlier = subject && verb.endsWith("ing") ? earlierCoreVerb(index, ctx.quoted, start, subject.first, (k) => isVerbAt(index, k)) : -1;
    const teller = earlier >= 0 ? subjectBefore(index, earlier, start) : null;
    if (subject) return { phrase: teller ?? subject, verb: v, end: v };
  }
  // "Trump leaned in and boomed:", "Trump issued a statement, "..."": a sentence that introduces the quote.
  if ((lower[last] === ":" || (lower[last] === "," && STATEMENT_NOUNS.has(lower[last - 1] ?? ""))) && last > first) {
    const start = sentenceStartBefore(index, ctx.quoted, last, 0);
    const subject = clauseSubject(index, ctx.quoted, start, last) ?? thingSubject(index, start, last);
    if (subject) return { phrase: subject, verb: last, end: last };
  }
  return null;
}

/**
 * "The piece used one of the woman’s quotes as its headline:", "A footnote in the report makes that clear:": a
 * sentence that opens on a short noun phrase with an article, then a finite verb, introduces the quote that its
 * subject carries ("The reason is simple:" has no such verb).
 */
function thingSubject(index: EntityIndex, start: number, colon: number): SpeakerPhrase | null {
  const t = index.words;
  if (!ARTICLES.has(t.lower[start] ?? "")) return null;
  let last = -1;
  for (let k = start + 1; k < colon && k - start <= MAX_THING_WORDS; k++) {
    if (((t.flags[k] ?? 0) & F_WORD) === 0 || (wordBits(t, k) & L_NP_BREAKER) !== 0 || (k > start + 1 && looksFinite(index, k))) break;
    last = k;
  }
  if (last < 0) return null;
  let verb = last + 1;
  // "A footnote in the report makes": past a prepositional phrase to the verb.
  if (ATTACHED_PREPOSITIONS.has(t.lower[verb] ?? "")) {
    const stop = Math.min(colon, verb + MAX_THING_WORDS);
    while (verb < stop && !looksFinite(index, verb)) verb++;
  }
  if (verb >= colon || !looksFinite(index, verb)) return null;
  const phrase = classifyPhrase(index, start, last);
  return phrase?.kind === "nominal" ? phrase : null;
}

/** A lower-case word in -ed or -s that is no function word: a finite verb right after a short subject. */
function looksFinite(index: EntityIndex, k: number): boolean {
  const t = index.words;
  const lower = t.lower[k] ?? "";
  if (((t.flags[k] ?? 0) & F_LOWER) === 0 || (wordBits(t, k) & L_NP_BREAKER) !== 0 || lower.length < 3) return false;
  return lower.endsWith("ed") || (lower.endsWith("s") && !lower.endsWith("ss"));
}

const MAX_THING_WORDS = 4;
const ARTICLES = new Set(["the", "a", "an"]);
const STATEMENT_NOUNS = new Set(["statement", "message", "letter", "memo", "note", "release"]);

/** A verb of saying before `last` in the same stretch of words ("Pollsters agree - Carl Bialik:" has none). */
function verbLeadsTo(index: EntityIndex, first: number, last: number): boolean {
  for (let k = last; k >= first && !DASHES.has(index.words.lower[k] ?? ""); k--) if (isVerbAt(index, k)) return true;
  return false;
}

/** The subject right before a verb: "Blinken told", "the official, speaking on condition of anonymity, said". */
function subjectBefore(index: EntityIndex, verb: number, first: number): SpeakerPhrase | null {
  const lower = index.words.lower;
  let s = beforeTimePhrase(index.words, skipFillers(index, verb - 1, -1), first);
  if (lower[s] === "to") {
    if (isObjectOfInfinitive(index, s - 1) || isNounObjectOfInfinitive(index, s - 1)) return null;
    // "The email goes on to say", "he went on to tell"
    s--;
    if (lower[s] === "on") s--;
    s = skipFillers(index, s - 1, -1);
  }
  if (s < first) return null;
  // "Officials familiar with the plan said": the subject is the noun before the adjective and its object.
  const described = describedBy(index, s, first);
  if (described) return described;
  if (lower[s] !== ",") return spokespersonFor(index, asSubject(index, phraseEndingAt(index, s, first)), first);
  // Either "Gov. John Kasich (R-OH), said" or "Armin Laschet, the leader of ..., described".
  const beforeComma = asSubject(index, phraseEndingAt(index, s - 1, first));
  let c = s - 1;
  while (c > first && lower[c] !== "," && s - c < MAX_APPOSITIVE) c--;
  const beforeAppositive = lower[c] === "," ? asSubject(index, phraseEndingAt(index, c - 1, first)) : null;
  // "The mayor of Trenton, N.J., said": a place between commas says where the subject before it is from.
  if (beforeAppositive && isPlacePhrase(index, beforeComma)) return beforeAppositive;
  if (isLocationAppositive(index, beforeComma)) return beforeAppositive;
  const asideOf = speakerBeforePlaceAside(index, beforeComma, first);
  if (asideOf) return asideOf;
  if (beforeAppositive?.kind === "entity" || beforeAppositive?.kind === "name") return beforeAppositive;
  if (beforeComma?.kind === "entity" || beforeComma?.kind === "name") return beforeComma;
  return beforeAppositive ?? beforeComma;
}

/** The subject phrase whose shown part ends at `s` after an adjective and its object ("a source close to the mayor"). */
function describedBy(index: EntityIndex, s: number, first: number): SpeakerPhrase | null {
  const head = headBeforeComplement(index, s, first);
  const phrase = head >= 0 ? phraseEndingAt(index, head, first) : null;
  return phrase && phrase.kind !== "pronoun" ? { ...phrase, shownLast: s } : null;
}

/** "a spokesman for Bernie Sanders [said]": the spokesman speaks, for the person named after "for". */
function spokespersonFor(index: EntityIndex, phrase: SpeakerPhrase | null, first: number): SpeakerPhrase | null {
  if (phrase?.kind !== "entity" || index.words.lower[phrase.first - 1] !== "for") return phrase;
  const role = phraseEndingAt(index, phrase.first - 2, first);
  if (role?.kind !== "nominal" || !ROLE_NOUNS.has(index.words.lower[role.last] ?? "")) return phrase;
  return { first: role.first, last: phrase.last, kind: "nominal", entity: -1 };
}

/** A phrase right after a preposition ("on Twitter") is not a subject. */
function asSubject(index: EntityIndex, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase) return null;
  const person = phrase.kind === "entity" && index.entities[phrase.entity]?.kind === "person";
  return !person && PREPOSITIONS.has(index.words.lower[phrase.first - 1] ?? "") ? null : phrase;
}
