import type { AnalysedDocument } from "../document.js";
import type { Entity, EntityIndex } from "./entity.js";
import { buildEntityIndex } from "./entity-index.js";

export type { Entity, EntityIndex, EntityKind, Gender } from "./entity.js";

/**
 * The entities of a document with the token indexes speaker attribution uses. The indexes live in scratch
 * buffers shared by all documents: use the result before analysing the next document, and keep only `entities`.
 */
export function entityIndexOf(doc: AnalysedDocument): EntityIndex {
  return buildEntityIndex(doc);
}

/**
 * People, organisations and places named in the document, with the roles the text gives people
 * ("U.S. Secretary of State" for "U.S. Secretary of State Antony Blinken"). A surname or given name alone
 * counts as a mention of the person first named in full.
 */
export function findEntities(doc: AnalysedDocument): Entity[] {
  return entityIndexOf(doc).entities;
}
