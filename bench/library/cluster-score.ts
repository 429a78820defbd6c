/**
 * Pairwise precision and recall of a clustering against the generator's events: of the article pairs put
 * in one story, how many report one event (precision); of the pairs reporting one event, how many share
 * a story (recall).
 */
export function scoreClustering(assignments: ReadonlyArray<{ event: number; story: string }>): { stories: number; pairPrecision: number; pairRecall: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const byStory = new Map<string, number>();
  const byEvent = new Map<number, number>();
  const byBoth = new Map<string, number>();
  for (const { event, story } of assignments) {
    byStory.set(story, (byStory.get(story) ?? 0) + 1);
    byEvent.set(event, (byEvent.get(event) ?? 0) + 1);
    const both = `${story}|${event}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  let storyPairs = 0, eventPairs = 0, agreed = 0;
  for (const n of byStory.values()) storyPairs += pairs(n);
  for (const n of byEvent.values()) eventPairs += pairs(n);
  for (const n of byBoth.values()) agreed += pairs(n);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return { stories: byStory.size, pairPrecision: ratio(agreed, storyPairs), pairRecall: ratio(agreed, eventPairs) };
}
