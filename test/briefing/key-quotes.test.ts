import { describe, expect, it } from "vitest";
import { selectKeyQuotes } from "../../src/briefing/key-quotes.js";
import { listSpeakers } from "../../src/briefing/speakers.js";
import type { Quote, Speaker } from "../../src/quotes/quote.js";

const ann: Speaker = { name: "Ann Lee", role: "mayor", kind: "person" };
const bob: Speaker = { name: "Bob Stone", kind: "person" };
const ministry: Speaker = { name: "the Ministry of Health", kind: "organization" };
const quote = (text: string, speaker: Speaker | null, partial = false): Quote => ({
  text,
  speaker,
  partial,
  pieces: [{ start: 0, end: text.length }],
  paragraph: 0,
  paragraphs: 1,
});

describe("selectKeyQuotes", () => {
  const quotes = [
    quote("a disaster", ann, true),
    quote("We will rebuild every single home that the flood destroyed this spring.", ann),
    quote("Nobody told us the river would rise this fast, and nobody came to help.", bob),
    quote("Say hello to everyone at home for me please.", null),
    quote("Vaccination centres will stay open through the weekend for all residents.", ministry),
    quote("We have asked the national government for emergency funds and we expect them.", ann),
  ];

  it("prefers attributed, full quotes and one per voice before a second from anyone", () => {
    expect(selectKeyQuotes(quotes, 3).map((q) => q.speaker?.name)).toEqual(["Ann Lee", "Bob Stone", "the Ministry of Health"]);
  });

  it("never picks an unattributed quote and allows a second quote per voice when there is room", () => {
    const picked = selectKeyQuotes(quotes, 10);
    expect(picked.some((q) => q.speaker === null)).toBe(false);
    expect(picked.filter((q) => q.speaker === ann)).toHaveLength(2);
  });

  it("handles no quotes", () => {
    expect(selectKeyQuotes([], 3)).toEqual([]);
  });
});

describe("listSpeakers", () => {
  it("counts quotes per speaker in order of first appearance and keeps a role given later", () => {
    const later = { name: "Bob Stone", role: "farmer", kind: "person" } as const;
    expect(listSpeakers([quote("x", bob), quote("y", ann), quote("z", later), quote("w", null)])).toEqual([
      { name: "Bob Stone", role: "farmer", kind: "person", quotes: 2 },
      { name: "Ann Lee", role: "mayor", kind: "person", quotes: 1 },
    ]);
  });
});
