// Lines that web pages and copy-pasted articles carry around the story but that are not part of it.
// Only short paragraphs are tested, so a real sentence that happens to start alike is never dropped,
// and every pattern is anchored with no nested quantifiers, so each test is linear and cheap.

/** Longer than this, a paragraph is prose, whatever it starts with. */
const MAX_BOILERPLATE_LENGTH = 160;

/** Whole-paragraph matches, compared lower-cased without trailing punctuation. */
const EXACT = new Set([
  "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "paid content",
  "story continues below advertisement", "article continues below advertisement", "continue reading",
  "continue reading below", "continue reading the main story", "read more", "read full story", "read the full story",
  "share", "share this", "share this article", "share this story", "share article", "share via", "tweet", "email",
  "print", "copy link", "link copied", "save", "save article", "comments", "view comments", "show comments",
  "sign up", "subscribe", "subscribe now", "sign up for our newsletter", "subscribe to our newsletter",
  "skip to main content", "skip to content", "skip advertisement", "supported by", "image", "photo", "video",
  "listen to this article", "listen", "most read", "most popular", "related", "related articles", "related stories",
  "related content", "more on this story", "top stories", "follow us", "back to top", "loading", "trending",
  "recommended", "you may also like", "more from", "watch", "play video", "close", "menu", "search",
]);

/**
 * Starts of short paragraphs that are navigation, promotion, credits or captions. Words that also open
 * news sentences ("Read more about...", "Sign up for the scheme...", "Copyright lawyers...") only count
 * with the punctuation or wording that makes them furniture.
 */
const PREFIX = new RegExp(
  "^(?:" +
    [
      "read (?:more|also|next)\\s*[:|»›>–—-]", "also read\\s*[:|»›>–—-]", "related(?: articles?| stories| coverage)?\\s*:",
      "see also\\s*:", "more\\s*:", "recommended\\s*:", "watch\\s*:", "listen\\s*:",
      "(?:sign up|subscribe) (?:for|to) (?:our|the) [\\w ]{0,30}newsletter", "get (?:our|the) [\\w ]{0,30}newsletter",
      "share (?:this|on|via)\\b", "follow us\\b", "click here\\b", "tap here\\b",
      "\\(?(?:photo|image|picture|video|graphic|illustration)(?: by| credit| caption)?\\s*:",
      "\\((?:photo|image|picture) by\\b", "image (?:caption|source|copyright)\\b", "media caption\\b",
      "caption\\s*:", "photograph\\s*:", "credit\\s*:", "getty images\\b", "©", "copyright\\s*(?:©|\\(c\\)|\\d{4})",
      "all rights reserved\\b", "we use cookies\\b", "this (?:site|website) uses cookies\\b",
      "by continuing to (?:use|browse)\\b",
    ].join("|") +
    ")",
  "i",
);
/** Shouted link-outs in pasted copy ("READ MORE Ferry timetable changes"); case-sensitive on purpose. */
const SHOUTED_PREFIX = /^(?:READ (?:MORE|ALSO|NEXT)|RELATED|SEE ALSO|WATCH|LISTEN)\b/;

/** The longest EXACT phrase is shorter than this: longer paragraphs skip the lower-casing. */
const MAX_EXACT_LENGTH = 48;
/** Trailing punctuation and spaces ignored when matching EXACT ("Share:", "Read more »"). */
const TRAILING = new Set([" ", ".", ":", "!", "»", "›", ">", "→", "|", "•", "·", "–", "—", "-", "…"]);

/**
 * A paragraph that is only a date or time: "14 March 2024", "Updated: March 14, 2024 9:30 am GMT".
 * Applied to short paragraphs only; no nested quantifiers.
 */
const DATELINE = new RegExp(
  "^(?:(?:published|updated|posted|last updated|first published)\\s*(?:on\\s*)?:?\\s*)?" +
    "(?:[a-z]{3,9}\\.?,?\\s+)?" + // weekday
    "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})" +
    "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?$",
  "i",
);
const MAX_DATELINE_LENGTH = 64;

/** True when `paragraph` (already cleaned) is page furniture rather than article text. */
export function isBoilerplate(paragraph: string): boolean {
  if (paragraph.length > MAX_BOILERPLATE_LENGTH) return false;
  if (paragraph.length <= MAX_EXACT_LENGTH && EXACT.has(withoutTrailingMarks(paragraph).toLowerCase())) return true;
  if (paragraph.length <= MAX_DATELINE_LENGTH && DATELINE.test(paragraph)) return true;
  return PREFIX.test(paragraph) || SHOUTED_PREFIX.test(paragraph);
}

// A loop, not /[...]+$/: an end-anchored class regex is retried at every position of the string.
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
