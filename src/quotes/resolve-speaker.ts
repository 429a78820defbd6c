import type { Entity, EntityIndex } from "../nlp/entities/entity.js";
import { F_CAP } from "../nlp/entities/word-table.js";
import type { Speaker } from "./quote.js";
import { resolveNominal } from "./resolve-nominal.js";
import { resolvePronoun } from "./resolve-pronoun.js";
import type { PronounChain } from "./pronoun-chain.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

/** A resolved speaker, with the entity behind it (-1 for a nominal such as "a senior official"). */
export interface Attribution {
  speaker: Speaker;
  entity: number;
}

/** The speaker of the previous quote, which a pronoun or an uncued paragraph may continue. */
export interface PreviousSpeaker {
  attribution: Attribution;
  /** Token index where the previous attribution ended. */
  cueEnd: number;
  /** Paragraph of the previous quote's last piece. */
  paragraph: number;
}

export interface ResolveContext {
  index: EntityIndex;
  /** 1 for tokens inside a quotation. */
  quoted: Uint8Array;
  /** Token index of the first token of each paragraph. */
  paragraphFirstTokens: Int32Array;
  /** The pronouns resolved so far. */
  chain: PronounChain;
}

export function speakerOfEntity(entity: Entity): Speaker {
  const speaker: Speaker = { name: entity.name, kind: entity.kind === "organization" ? "organization" : "person" };
  if (entity.role) speaker.role = entity.role;
  return speaker;
}

export function attributionOfEntity(index: EntityIndex, id: number): Attribution | null {
  const entity = index.entities[id];
  return entity ? { speaker: speakerOfEntity(entity), entity: id } : null;
}

/**
 * Turns the phrase at a cue into a speaker (`refTok`: where the quote opens, so that a pronoun after it
 * looks for its person before the quote): a named entity as is, "he"/"she" to the person the text is
 * about, "the official" to the fullest earlier mention ("a senior State Department official").
 */
export function resolveSpeaker(ctx: ResolveContext, phrase: SpeakerPhrase, refTok: number, prev: PreviousSpeaker | null): Attribution | null {
  const { index } = ctx;
  switch (phrase.kind) {
    case "entity":
      return attributionOfEntity(index, phrase.entity);
    case "pronoun":
      return resolvePronoun(ctx, phrase.first, Math.min(refTok, phrase.first), prev);
    case "nominal":
      return resolveNominal(ctx, phrase);
    case "name": {
      const t = index.words;
      // "The Hill [reported]": a name that takes a capital article is a paper's or a group's, never a person's.
      const titled = t.lower[phrase.first] === "the" && ((t.flags[phrase.first] ?? 0) & F_CAP) !== 0;
      return { speaker: { name: t.text.slice(t.start[phrase.first], t.end[phrase.shownLast ?? phrase.last]), kind: titled ? "organization" : "person" }, entity: -1 };
    }
  }
}
