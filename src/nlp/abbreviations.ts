// English abbreviations that end in a period without ending a sentence. Kept as data, apart from the
// splitter's logic, so another language can bring its own lists.

/** Always followed by a name: a period after these never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt",
  "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "pres", "supt", "insp", "det", "rev", "fr", "hon", "amb", "atty", "brig",
  "lieut", "msgr", "sra", "sr", "st", "mt", "ft", "ste", "spc", "rt", "vs", "cf", "e.g", "i.e", "approx", "dept",
  "univ", "assn", "ave", "blvd", "rd", "fig", "figs", "vol", "vols", "pp", "ch", "sec", "art", "al", "ca", "est", "mins", "hrs",
]);

/** Followed by a number when they do not end the sentence ("Sept. 8", "No. 10", "p. 4"). */
export const NUMBER_ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "p", "op", "pt", "para",
]);

/** May end a sentence; they do so only when a capitalised sentence starter follows ("Apple Inc. The company"). */
export const AMBIGUOUS_ABBREVIATIONS = new Set(["inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "etc", "a.m", "p.m"]);

/**
 * Words that begin sentences and rarely follow an abbreviation inside one. After "U.S." or "Inc." a split
 * happens only when one of these comes next, so "the U.S. Secretary of State" stays whole.
 */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these",
  "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "after", "before", "when", "while", "if", "as",
  "since", "although", "though", "however", "meanwhile", "still", "also", "then", "now", "some", "many", "most", "no", "not",
  "one", "two", "officials", "what", "why", "how", "who", "where", "asked", "last", "earlier", "later", "other", "both",
]);

/**
 * Capitalised, these begin a sentence and almost never sit after a lower-case word inside one: "...of his
 * winnings The man who won..." is a caption fused with the story. "I" is left out ("...when I got...");
 * "A" is handled apart (see NOT_AFTER_ARTICLE).
 */
export const FUSED_SENTENCE_OPENERS = new Set([
  "The", "An", "He", "She", "It", "They", "We", "His", "Her", "Their", "This", "These", "In", "But", "However",
  "Meanwhile", "After", "When", "There",
]);

/** After a capital "A" these show a label ("Nurse A and", "from A to B"), not an article starting a sentence. */
export const NOT_AFTER_ARTICLE = new Set([
  "and", "or", "to", "with", "of", "in", "on", "at", "by", "for", "from", "through", "as", "is", "was", "are", "were", "has", "had",
]);

/** Words that do not end a sentence, so a capitalised word after them is not a fused sentence ("for His mercy"). */
export const NOT_BEFORE_OPENER = new Set([
  "a", "an", "the", "and", "or", "but", "of", "to", "for", "with", "by", "from", "at", "on", "in", "into", "as", "than",
  "about", "called", "named", "titled", "dubbed",
]);
