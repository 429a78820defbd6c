import type { Span } from "../document.js";
import type { Gender } from "./first-names.js";
import type { WordTable } from "./word-table.js";

export type { Gender } from "./first-names.js";

export type EntityKind = "person" | "organization" | "place";

/** Someone or something the article names, with every place it is named. */
export interface Entity {
  /** The fullest name the article gives ("Antony Blinken", "Foreign Ministry"). */
  name: string;
  kind: EntityKind;
  /** The role the article gives a person, verbatim ("U.S. Secretary of State"), when it gives one. */
  role?: string;
  /** Where the entity is named in `AnalysedDocument.text`, in document order (name only, role excluded). */
  mentions: Span[];
  /** For people, when the name, a title or the article's pronouns settle it. */
  gender?: Gender;
}

/** Entities plus the token-level indexes that speaker attribution needs. */
export interface EntityIndex {
  words: WordTable;
  entities: Entity[];
  /** Entity id of each token of a mention, -1 elsewhere. */
  entityOfToken: Int32Array;
  /** Token index of the first word of each person or organisation mention, in document order. */
  mentionStarts: Int32Array;
  /** Token index of the last word of each person or organisation mention, in document order. */
  mentionEnds: Int32Array;
  /** Entity id of each entry of `mentionEnds`. */
  mentionEntities: Int32Array;
}
