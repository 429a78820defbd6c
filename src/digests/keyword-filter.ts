/**
 * A subscription's include/exclude keywords against a story's text: whole words or phrases, any case, so
 * "ai" does not match "said" and "New York" matches "new york". Include: at least one must appear (when any
 * are given); exclude: none may. The usual feed-bot filter, as MonitoRSS users know it.
 */
export function passesKeywordFilter(text: string, include: readonly string[], exclude: readonly string[]): boolean {
  const haystack = ` ${normalise(text)} `;
  const has = (keyword: string): boolean => {
    const needle = normalise(keyword);
    return needle !== "" && haystack.includes(` ${needle} `);
  };
  if (include.length > 0 && !include.some(has)) return false;
  return !exclude.some(has);
}

// Letters and digits of any script kept, everything else one space: word boundaries without a regex per keyword.
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
