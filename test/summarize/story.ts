// Hand-written test stories (never eval data): a helper that analyses paragraphs into a document.
import type { Article } from "../../src/articles/article.js";
import type { AnalysedDocument, Sentence } from "../../src/nlp/document.js";
import { analyse } from "../../src/nlp/analyse.js";

export function story(paragraphs: string[], title = ""): AnalysedDocument {
  const article: Article = { id: "test", title, paragraphs };
  return analyse(article);
}

/** Texts of the summary sentences, for readable assertions. */
export const texts = (sentences: readonly Sentence[]): string[] => sentences.map((s) => s.text);

/** A plain news story: lead first, detail after, a quote and some furniture in between. */
export const FLOOD_STORY = [
  "Heavy rain flooded the river town of Millbrook on Tuesday, forcing hundreds of residents to leave their homes.",
  "The River Mill burst its banks after three days of storms, and water reached the first floors of houses near the old bridge.",
  "Emergency crews evacuated about 400 people to the town's sports hall, where volunteers served hot meals overnight.",
  "Scroll down for video",
  "The town council said repairs to the flood wall, delayed since last spring, would now start in June.",
  "\"We have never seen the water rise this fast,\" said Mayor Ann Holt.",
  "Forecasters expect the rain to ease by Thursday, but warned that the river would stay high for several days.",
  "Insurers said claims from the flood could reach several million pounds.",
];
