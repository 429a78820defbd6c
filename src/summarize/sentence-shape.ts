import type { Sentence } from "../nlp/document.js";

// Page furniture that extraction sometimes leaves in the text is never summary material, nor part of the story
// the ranker measures. Cheap surface checks: every regex is anchored or bounded, compiled once, and cannot
// backtrack badly.

const BOILERPLATE = new RegExp(
  [
    String.raw`^\W*(?:scroll down|click here|read more|see more|watch(?: the)? video|video:|photo(?:s|graph)?:|image:|`,
    String.raw`pictures?:|credit:|follow (?:us|@)|sign up|subscribe|share this|advertisement|related:|`,
    String.raw`all rights reserved|copyright (?:\d|©)|©|published:|updated:|last updated)`,
  ].join(""),
  "i",
);
// A byline standing alone: "By Jane Doe |", "By Jane Doe and John Roe." (capitalised names only, so
// "By the end of May, ..." is story text).
const BYLINE = /^By [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|for)){0,6}\s*(?:\||\.|$)/;
// Credits and calls to action inside a sentence ("Photo: AP", "(Getty Images)", "READ MORE:").
const INLINE_FURNITURE = /\b(?:READ MORE|CLICK HERE|Scroll down for|Getty Images|Photo credit|Image credit)\b/;

/** True for page furniture: "Scroll down for video", a lone byline, a photo credit. */
export function isBoilerplate(sentence: Sentence): boolean {
  const text = sentence.text;
  return BOILERPLATE.test(text) || BYLINE.test(text) || INLINE_FURNITURE.test(text);
}
