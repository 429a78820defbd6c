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
// Credits and calls to action inside a sentence ("Photo: AP", "(Getty Images)", "READ MORE:"), as whole
// words. Searched with indexOf, which runs 2-3 times faster than the equivalent /\b(?:...)\b/ on every
// sentence of every story.
const INLINE_FURNITURE = ["READ MORE", "CLICK HERE", "Scroll down for", "Getty Images", "Photo credit", "Image credit"];

/** True for page furniture: "Scroll down for video", a lone byline, a photo credit. */
export function isBoilerplate(sentence: Sentence): boolean {
  const text = sentence.text;
  return BOILERPLATE.test(text) || BYLINE.test(text) || hasInlineFurniture(text);
}

function hasInlineFurniture(text: string): boolean {
  for (const phrase of INLINE_FURNITURE) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (!isRegexWordCode(text.charCodeAt(at - 1)) && !isRegexWordCode(text.charCodeAt(end))) return true;
    }
  }
  return false;
}

/** A character of regex `\w` ([A-Za-z0-9_]); NaN (before the start, past the end) is not one. */
function isRegexWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
