import type { Quote } from "../quotes/quote.js";

/**
 * Picks the most newsworthy few quotes, best first. A key quote is attributed, says something in full
 * (a fragment like "by its actions" reads poorly alone), and the set covers several voices before it
 * repeats one. Article order breaks ties, since news puts what matters first.
 */
export function selectKeyQuotes(quotes: readonly Quote[], count: number): Quote[] {
  const scored = quotes.map((quote, order) => ({ quote, order, score: newsworthiness(quote, order) }));
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: Quote[] = [];
  const voices = new Map<string, number>();
  // Two passes: first one quote per speaker, then fill with second quotes if there is room.
  for (const maxPerVoice of [1, 2]) {
    for (const { quote } of scored) {
      if (chosen.length >= count) return chosen;
      if (chosen.includes(quote) || quote.speaker === null) continue;
      const voice = quote.speaker.name;
      if ((voices.get(voice) ?? 0) >= maxPerVoice) continue;
      voices.set(voice, (voices.get(voice) ?? 0) + 1);
      chosen.push(quote);
    }
  }
  return chosen;
}

function newsworthiness(quote: Quote, order: number): number {
  const words = countWords(quote.text);
  let score = 0;
  if (quote.speaker?.kind === "person") score += 3;
  else if (quote.speaker) score += 2;
  if (quote.speaker?.role) score += 0.5;
  if (!quote.partial) score += 2;
  // Substance: a full sentence or two reads best; very long quotes are trimmed by renderers anyway.
  if (words >= 8) score += 1.5;
  else if (words >= 4) score += 0.5;
  if (words > 80) score -= 1;
  // Earlier quotes carry the story's point; the bonus fades over the first dozen quotes.
  score += Math.max(0, 1.2 - order * 0.1);
  return score;
}

// What `text.split(/\s+/).filter(Boolean).length` counts, without making the pieces.
const WORD_RUN = /\S+/g;

function countWords(text: string): number {
  let words = 0;
  WORD_RUN.lastIndex = 0;
  while (WORD_RUN.test(text)) words++;
  return words;
}
