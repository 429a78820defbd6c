import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp/analyse.js";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";

// The shipped sample article and its gold quotes (read at run time from ../shared/eval/seed, never copied here).
const SAMPLE = new URL("../../briefings/blinken-taliban-legitimacy.txt", import.meta.url);
const GOLD = new URL("../../../shared/eval/seed/blinken-taliban-legitimacy.gold.json", import.meta.url);

interface Gold {
  quotes: { quote: string; speaker: string | null }[];
  roles: Record<string, string>;
}

/** The headline is repeated at the top of the file: keep it once, as the title. */
function sampleDoc() {
  const lines = readFileSync(SAMPLE, "utf8").split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const title = lines[0] ?? "";
  let paragraphs = lines.slice(1);
  while (paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  return analyse({ id: "sample", title, paragraphs });
}

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

describe("the sample article (Blinken, Taliban legitimacy)", () => {
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as Gold;
  const quotes = extractQuotes(sampleDoc());

  it("finds every gold quote whole, and nothing else", () => {
    expect(quotes.map((q) => normalise(q.text)).sort()).toEqual(gold.quotes.map((q) => normalise(q.quote)).sort());
  });

  it("gives each quote the gold speaker", () => {
    for (const g of gold.quotes) {
      const quote = quotes.find((q) => normalise(q.text) === normalise(g.quote));
      if (g.speaker === null) expect(quote?.speaker).toBeNull();
      else expect(quote?.speaker?.name.toLowerCase()).toContain(g.speaker.toLowerCase());
    }
  });

  it("gives the roles the text gives", () => {
    for (const [name, role] of Object.entries(gold.roles)) {
      const speaker = quotes.find((q) => q.speaker?.name === name)?.speaker;
      expect(normalise(speaker?.role ?? "")).toContain(normalise(role));
    }
  });

  it("joins Qureshi's tweet over three paragraphs into one quote", () => {
    const tweet = quotes.find((q) => q.speaker?.name === "Shah Mahmood Qureshi");
    expect(tweet?.paragraphs).toBe(3);
    expect(tweet?.partial).toBe(false);
  });
});
