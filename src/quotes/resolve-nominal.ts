import { ORG_WORDS } from "../nlp/entities/org-place-words.js";
import { ROLE_NOUNS } from "../nlp/entities/role-words.js";
import { F_LOWER, F_NUM, F_POSS, type WordTable } from "../nlp/entities/word-table.js";
import { lastMentionBefore } from "./resolve-pronoun.js";
import { shownEnd } from "./adjective-complement.js";
import { EntityMarks } from "./entity-marks.js";
import { attributionOfEntity, type Attribution, type ResolveContext } from "./resolve-speaker.js";
import { phraseEndingAt, type SpeakerPhrase } from "./speaker-phrase.js";

const MAX_LOOKBACK_MENTIONS = 200;
const MAX_EARLIER_NOMINALS = 30;
const MAX_LOOKBACK_TOKENS = 3000;

// A definite role noun may name a titled person: "the senator" is "Sen. Ted Cruz".
const TITLE_FORMS: Record<string, string[]> = {
  senator: ["senator", "sen."],
  governor: ["governor", "gov."],
  congressman: ["congressman", "rep.", "representative"],
  congresswoman: ["congresswoman", "rep.", "representative"],
  representative: ["rep.", "representative"],
  general: ["general", "gen."],
};

/**
 * "the ministry" -> the ministry named earlier ("Foreign Ministry"); "the senator" -> the person titled
 * senator; "the official" -> the fullest earlier phrase with the same head ("a senior State Department official").
 */
export function resolveNominal(ctx: ResolveContext, phrase: SpeakerPhrase): Attribution | null {
  const { index } = ctx;
  const t = index.words;
  const head = t.lower[phrase.last] ?? "";
  const determiner = t.lower[phrase.first] ?? "";
  const definite = determiner === "the" || determiner === "this";
  if (definite && phrase.last - phrase.first === 1) {
    const entity = ORG_WORDS.has(head) ? recentEntity(ctx, phrase.first, "organization", head) : -1;
    if (entity >= 0) return attributionOfEntity(index, entity);
  }
  // "the senator", and "the former president" too: plain lower-case modifiers keep the role noun the head.
  if (definite && phrase.last - phrase.first <= 1 + MAX_ROLE_MODIFIERS && lowerBetween(t, phrase)) {
    if (ROLE_NOUNS.has(head)) {
      const modifiers: string[] = [];
      for (let k = phrase.first + 1; k < phrase.last; k++) modifiers.push(t.lower[k] ?? "");
      const person = recentEntity(ctx, phrase.first, "person", head, modifiers);
      if (person >= 0) return attributionOfEntity(index, person);
    }
  }
  // "a court document", "the campaign’s statement", "one of the aides": a new, an owned or a picked thing, not
  // the one named before.
  const fresh = determiner === "a" || determiner === "an" || t.lower[phrase.first + 1] === "of" || ownedBy(t, phrase) || countsItself(t, phrase);
  const best = fresh ? phrase : fullestEarlierPhrase(ctx, phrase, head);
  // The phrase found again at its own place keeps what it shows past its head; an earlier one shows its own.
  const same = best.first === phrase.first && best.last === phrase.last;
  const shown = same ? (phrase.shownLast ?? phrase.last) : shownEnd(index, best.last, best.last + MAX_SHOWN_PAST_HEAD);
  const name = t.text.slice(t.start[best.first], t.end[shown]);
  return { speaker: { name: lowerLeadingDeterminer(name), kind: "nominal" }, entity: -1 };
}

const MAX_ROLE_MODIFIERS = 2;
const MAX_SHOWN_PAST_HEAD = 9;

function lowerBetween(t: WordTable, phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first + 1; k < phrase.last; k++) if (((t.flags[k] ?? 0) & F_LOWER) === 0) return false;
  return true;
}

/**
 * "75 percent [said yes]", "12 senators [said]": a number in front counts a set of its own, as "a" or "an" would
 * bring one in; it never points back to an earlier phrase with the same head ("Smith with 47 percent").
 */
function countsItself(t: WordTable, phrase: SpeakerPhrase): boolean {
  return ((t.flags[phrase.first] ?? 0) & F_NUM) !== 0;
}

function ownedBy(t: WordTable, phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first; k < phrase.last; k++) if (((t.flags[k] ?? 0) & F_POSS) !== 0) return true;
  return false;
}

/** The latest entity named `head` (an organisation) or titled `head` and every modifier ("former") (a person). */
function recentEntity(ctx: ResolveContext, before: number, kind: "organization" | "person", head: string, modifiers: string[] = []): number {
  const { index } = ctx;
  const forms = kind === "person" ? (TITLE_FORMS[head] ?? [head]) : [head];
  tried.reset(index.entities.length);
  let checked = 0;
  for (let m = lastMentionBefore(index.mentionEnds, before); m >= 0 && checked < MAX_LOOKBACK_MENTIONS; m--, checked++) {
    const id = index.mentionEntities[m] ?? -1;
    const entity = index.entities[id];
    // An entity named again answers as before: test each one once.
    if (!entity || entity.kind !== kind || tried.visit(id)) continue;
    const words = kind === "person" ? entity.role : entity.name;
    const lower = words?.toLowerCase();
    if (lower && hasAnyWord(lower, forms) && modifiers.every((m) => containsWord(lower, m))) return id;
  }
  return -1;
}

function hasAnyWord(words: string, forms: string[]): boolean {
  for (const form of forms) if (containsWord(words, form)) return true;
  return false;
}

// The entities one look-back has tested.
const tried = new EntityMarks();

function containsWord(haystack: string, word: string): boolean {
  const at = haystack.indexOf(word);
  if (at < 0) return false;
  const before = haystack.charCodeAt(at - 1);
  const after = haystack.charCodeAt(at + word.length);
  return (at === 0 || before === 32) && (Number.isNaN(after) || after === 32 || after === 44);
}

/** The longest phrase with the same head noun in the text before (bounded look-back, so linear overall). */
function fullestEarlierPhrase(ctx: ResolveContext, phrase: SpeakerPhrase, head: string): SpeakerPhrase {
  const t = ctx.index.words;
  let best = phrase;
  let seen = 0;
  // An ASCII word is as long as its span: comparing span lengths first spares reaching most tokens' strings.
  const span = ASCII_WORD.test(head) ? head.length : -1;
  for (let k = phrase.last; k >= 0 && phrase.last - k < MAX_LOOKBACK_TOKENS && seen < MAX_EARLIER_NOMINALS; k--) {
    if ((span >= 0 && (t.end[k] as number) - (t.start[k] as number) !== span) || t.lower[k] !== head || ctx.quoted[k]) continue;
    seen++;
    const candidate = phraseEndingAt(ctx.index, k, Math.max(0, k - 12));
    if (candidate?.kind === "nominal" && candidate.last - candidate.first >= best.last - best.first && keepsNames(t, phrase, candidate)) best = candidate;
  }
  return best;
}

/** "the Rove ad" is not "a six-figure digital ad": a capitalised modifier must be in the earlier phrase too. */
function keepsNames(t: WordTable, phrase: SpeakerPhrase, candidate: SpeakerPhrase): boolean {
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    if (((t.flags[k] ?? 0) & F_LOWER) !== 0) continue;
    let found = false;
    for (let j = candidate.first; j < candidate.last && !found; j++) found = t.lower[j] === t.lower[k];
    if (!found) return false;
  }
  return true;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 on purpose
const ASCII_WORD = /^[\x00-\x7f]*$/;

function lowerLeadingDeterminer(name: string): string {
  const m = /^(The|A|An|This|One|Another) /.exec(name);
  return m ? m[1]?.toLowerCase() + name.slice(m[1]?.length ?? 0) : name;
}
