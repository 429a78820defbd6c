import type { AnalysedDocument } from "../../src/nlp/document.js";
import { analyse } from "../../src/nlp/analyse.js";

/** An analysed document from hand-written paragraphs (the title is not part of the text). */
export function makeDoc(paragraphs: string[], title = "Test article"): AnalysedDocument {
  return analyse({ id: "test", title, paragraphs });
}
