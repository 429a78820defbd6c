import type { Span } from "../nlp/document.js";
import type { EntityIndex } from "../nlp/entities/entity.js";
import type { QuotedStretch } from "./quoted-stretches.js";
import type { Attribution } from "./resolve-speaker.js";
import { attributionOfEntity } from "./resolve-speaker.js";

// "PENCE: Well, look, ..." -- a transcript line opens with its speaker's name in capitals and a colon.
const LABEL = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}):\s+/;

/** The speaker label that opens a quoted transcript line, and where the spoken words start. */
export interface TranscriptLabel {
  label: string;
  /** Offset of the first spoken character after the label. */
  wordsStart: number;
}

export function transcriptLabel(text: string, piece: Span): TranscriptLabel | null {
  // Test the first two characters as the pattern would before making a string for it: most quotes open otherwise.
  if (!isCapitalCode(text.charCodeAt(piece.start)) || !LABEL_SECOND.has(text.charCodeAt(piece.start + 1))) return null;
  const m = LABEL.exec(text.slice(piece.start, Math.min(piece.end, piece.start + 48)));
  if (!m || !m[1] || m[1].length < 2) return null;
  return { label: m[1], wordsStart: piece.start + m[0].length };
}

// What may follow a label's first capital: another, or "O'REILLY", "J. DOE", "J DOE".
const LABEL_SECOND = new Set([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’- "].map((c) => c.charCodeAt(0)));

function isCapitalCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The person a label names ("WALLACE" -> "Chris Wallace" when the article names him), else the label as written. */
export function attributionOfLabel(index: EntityIndex, label: string): Attribution {
  const surname = label.split(" ").pop()?.toLowerCase() ?? "";
  for (let id = 0; id < index.entities.length; id++) {
    const entity = index.entities[id];
    if (entity?.kind !== "person") continue;
    const last = entity.name.split(" ").pop()?.toLowerCase();
    if (last === surname) return attributionOfEntity(index, id) as Attribution;
  }
  return { speaker: { name: label, kind: "person" }, entity: -1 };
}

/** Splits a quote continued over paragraphs where a new transcript line (a new label) begins. */
export function splitTranscriptLines(text: string, stretches: QuotedStretch[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  for (const stretch of stretches) {
    let start = 0;
    for (let k = 1; k < stretch.pieces.length; k++) {
      const piece = stretch.pieces[k] as Span;
      if (!transcriptLabel(text, piece)) continue;
      out.push({ pieces: stretch.pieces.slice(start, k), paragraph: stretch.paragraph + start, closed: false });
      start = k;
    }
    out.push(start === 0 ? stretch : { pieces: stretch.pieces.slice(start), paragraph: stretch.paragraph + start, closed: stretch.closed });
  }
  return out;
}
