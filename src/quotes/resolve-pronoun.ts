import type { Gender } from "../nlp/entities/entity.js";
import { ROLE_NOUNS } from "../nlp/entities/role-words.js";
import { L_CORE_SPEECH_VERB } from "../nlp/entities/lexicon.js";
import { F_SENT, F_WORD, wordBits } from "../nlp/entities/word-table.js";
import { EntityMarks } from "./entity-marks.js";
import { isControlObject } from "./control-object.js";
import { mentionPenalty } from "./mention-salience.js";
import { nominalSubjectAt } from "./nominal-subject.js";
import { pronounGender, recordPronoun } from "./pronoun-chain.js";
import { attributionOfEntity, type Attribution, type PreviousSpeaker, type ResolveContext } from "./resolve-speaker.js";

// How far back a pronoun may look for its person: mentions and tokens.
const MAX_MENTIONS = 40;
const MAX_TOKENS = 600;
const MAX_PARAGRAPH_GAP = 2;
// Salience, in penalty points: each sentence back costs two points, each more recent person a little.
const PER_SENTENCE = 2;
const PER_RANK = 0.3;
// Most people named in news without a known given name are men; a "she" needs better evidence.
const UNKNOWN_GENDER_HE = 0.5;
const UNKNOWN_GENDER_SHE = 1.5;
// A "he" or "she" outside quotation marks is a sentence subject.
const PRONOUN_SUBJECT = -0.75;

/** Index of the last entry of `sorted` below `tok` (binary search), -1 when none. */
export function lastMentionBefore(sorted: ArrayLike<number>, tok: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function agrees(gender: Gender | undefined, wanted: Gender): boolean {
  return gender === undefined || gender === wanted;
}

/**
 * "he"/"she" -> the most salient person of that gender before the quote at `refTok`: recent, a speaker or a
 * sentence subject, not a possessive or inside a quotation; the previous quote's speaker stays the topic while
 * nobody else of that gender was named since. "they"/"it" -> the previous speaker when it is an organisation
 * or a nominal, else the latest organisation.
 */
export function resolvePronoun(ctx: ResolveContext, tok: number, refTok: number, prev: PreviousSpeaker | null): Attribution | null {
  const lower = ctx.index.words.lower[tok] ?? "";
  if (lower === "they" || lower === "it") return resolveGroupPronoun(ctx, tok, prev);
  const gender = pronounGender(lower);
  if (!gender) return null;
  extendChain(ctx, refTok);
  const attribution = salientPerson(ctx, tok, refTok, prev, gender);
  if (attribution && attribution.entity >= 0 && !ctx.quoted[tok]) {
    recordPronoun(ctx.chain, tok, attribution.entity, gender);
    ctx.chain.scanned = Math.max(ctx.chain.scanned, tok + 1);
  }
  return attribution;
}

/**
 * The person an uncued quote paragraph most likely belongs to: the previous speaker while still the topic,
 * else the most salient person before it (as for "he"/"she", of either gender).
 */
export function speakerOfUncuedQuote(ctx: ResolveContext, refTok: number, prev: PreviousSpeaker | null): Attribution | null {
  extendChain(ctx, refTok);
  return salientPerson(ctx, refTok, refTok, prev, null);
}

/** Resolves the pronouns outside quotation marks before `upTo` that the chain has not seen yet. */
function extendChain(ctx: ResolveContext, upTo: number): void {
  const { chain, quoted } = ctx;
  const t = ctx.index.words;
  for (let k = chain.scanned; k < upTo; k++) {
    // "he", "she" and "the" are two or three letters from h, s or t: the text says so without reaching the word's string.
    const length = (t.end[k] as number) - (t.start[k] as number);
    if (quoted[k] || length < 2 || length > 3) continue;
    const initial = t.text.charCodeAt(t.start[k] as number) | 32;
    if (initial === 116) {
      // "..., the actor discussed": a clause on "the" and a role noun goes on about a person named before.
      const subject = nominalSubjectAt(ctx, k);
      const known = subject ? ctx.index.entities[subject.entity]?.gender : undefined;
      if (subject && known) recordPronoun(chain, subject.head, subject.entity, known);
      continue;
    }
    if (initial !== 104 && initial !== 115) continue;
    const gender = pronounGender(t.lower[k] ?? "");
    // Only a pronoun that opens a clause carries the topic on: "He said that he personally ..." counts once.
    if (!gender || !opensClause(ctx, k)) continue;
    const id = salientEntity(ctx, k, gender).id;
    if (id >= 0) recordPronoun(chain, k, id, gender);
  }
  chain.scanned = Math.max(chain.scanned, upTo);
}

const CLAUSE_JOINERS = new Set(["and", "but", "so", "then"]);

function opensClause(ctx: ResolveContext, k: number): boolean {
  const t = ctx.index.words;
  if (((t.flags[k] ?? 0) & F_SENT) !== 0 || ((t.flags[k - 1] ?? 0) & F_WORD) === 0 || CLAUSE_JOINERS.has(t.lower[k - 1] ?? "")) return true;
  // "applicants, which he said were split": whoever "he said" names is the one still talking.
  return (wordBits(t, k + 1) & L_CORE_SPEECH_VERB) !== 0;
}

function salientPerson(ctx: ResolveContext, tok: number, refTok: number, prev: PreviousSpeaker | null, wanted: Gender | null): Attribution | null {
  const { id: best, tok: bestTok } = salientEntity(ctx, refTok, wanted);
  if (prev && prevAgrees(ctx, prev, wanted) && paragraphGapOk(ctx, prev, tok)) {
    // "... forcing Sanders to reverse his stance. “...,” he said.": a person named since only as the one made to act
    // does not take the topic from the previous speaker.
    if (best < 0 || best === prev.attribution.entity || bestTok < prev.cueEnd || pushedOnly(ctx, bestTok, best)) return prev.attribution;
  }
  return best >= 0 ? attributionOfEntity(ctx.index, best) : null;
}

/** The mention of `id` ending at `tok` (a name, not a resolved pronoun) is the object of a verb like "forcing". */
function pushedOnly(ctx: ResolveContext, tok: number, id: number): boolean {
  const { index } = ctx;
  const m = lastMentionBefore(index.mentionEnds, tok + 1);
  return m >= 0 && index.mentionEnds[m] === tok && index.mentionEntities[m] === id && isControlObject(index, m);
}

/**
 * The most salient person before `refTok` (of the wanted gender), over the names and the resolved pronouns:
 * each sentence back costs two points, each more recent person a little, and how the person is mentioned
 * adds or takes away (see mentionPenalty).
 */
function salientEntity(ctx: ResolveContext, refTok: number, wanted: Gender | null): { id: number; tok: number } {
  const { index, quoted, chain } = ctx;
  const t = index.words;
  const refSentence = t.sentence[refTok] ?? 0;
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  let bestTok = -1;
  let rank = 0;
  seen.reset(index.entities.length);
  let m = lastMentionBefore(index.mentionEnds, refTok);
  let c = lastMentionBefore(chain.toks, refTok);
  while ((m >= 0 || c >= 0) && rank < MAX_MENTIONS) {
    const mentionAt = m >= 0 ? (index.mentionEnds[m] ?? 0) : -1;
    const pronounAt = c >= 0 ? (chain.toks[c] ?? 0) : -1;
    const isPronoun = pronounAt > mentionAt;
    const at = isPronoun ? pronounAt : mentionAt;
    if (refTok - at > MAX_TOKENS) break;
    const distance = PER_SENTENCE * (refSentence - (t.sentence[at] ?? 0)) + PER_RANK * rank;
    // Mentions further back only score worse: stop once even the best possible one cannot win.
    if (distance + MIN_PENALTY >= bestScore) break;
    const id = isPronoun ? (chain.entities[c] ?? -1) : (index.mentionEntities[m] ?? -1);
    const mention = m;
    if (isPronoun) c--;
    else m--;
    const entity = index.entities[id];
    if (!entity || entity.kind !== "person") continue;
    const gender = isPronoun ? chain.genders[c + 1] : entity.gender;
    if (wanted && !agrees(gender, wanted)) continue;
    // A person's earlier mention may stand out more than the latest ("Swanson, ..., slammed ... “... with Kevin
    // Swanson,”"): every mention scores, and only the latest counts as a more recent person for the others.
    if (!seen.visit(id)) rank++;
    let score = distance + (isPronoun ? PRONOUN_SUBJECT : mentionPenalty(index, quoted, mention));
    if (wanted && gender === undefined) score += wanted === "female" ? UNKNOWN_GENDER_SHE : UNKNOWN_GENDER_HE;
    if (score < bestScore) {
      bestScore = score;
      best = id;
      bestTok = at;
    }
  }
  return { id: best, tok: bestTok };
}

// The smallest mentionPenalty can be: a sentence subject (-0.75) that speaks (-1.25).
const MIN_PENALTY = -2;

// Which entities a look-back has met.
const seen = new EntityMarks();

function prevAgrees(ctx: ResolveContext, prev: PreviousSpeaker, wanted: Gender | null): boolean {
  const { attribution } = prev;
  // "the official" can be a he or a she; "the statement" cannot.
  if (attribution.entity < 0) return attribution.speaker.kind === "nominal" && ROLE_NOUNS.has(lastWord(attribution.speaker.name));
  const entity = ctx.index.entities[attribution.entity];
  return entity?.kind === "person" && (wanted === null || agrees(entity.gender, wanted));
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
}

function paragraphGapOk(ctx: ResolveContext, prev: PreviousSpeaker, tok: number): boolean {
  return paragraphOfToken(ctx, tok) - prev.paragraph <= MAX_PARAGRAPH_GAP;
}

function paragraphOfToken(ctx: ResolveContext, tok: number): number {
  const starts = ctx.paragraphFirstTokens;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= tok) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function resolveGroupPronoun(ctx: ResolveContext, tok: number, prev: PreviousSpeaker | null): Attribution | null {
  if (prev && prev.attribution.speaker.kind !== "person" && paragraphGapOk(ctx, prev, tok)) return prev.attribution;
  const { index } = ctx;
  for (let m = lastMentionBefore(index.mentionEnds, tok); m >= 0; m--) {
    const at = index.mentionEnds[m] ?? 0;
    if (tok - at > MAX_TOKENS / 3) break;
    const id = index.mentionEntities[m] ?? -1;
    if (index.entities[id]?.kind === "organization" && !ctx.quoted[at]) return attributionOfEntity(index, id);
  }
  return null;
}
