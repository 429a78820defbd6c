import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/articles/ingest.js";
import { analyse } from "../../src/nlp/analyse.js";
import { summarize } from "../../src/summarize/index.js";
import { quoteProfile } from "../../src/summarize/quote-share.js";
import { FLOOD_STORY, story, texts } from "./story.js";

describe("summarize: edge cases", () => {
  it("returns nothing for an empty document", () => {
    expect(summarize(story([]))).toEqual([]);
    expect(summarize(story(["   "]))).toEqual([]);
  });

  it("returns the only sentence of a one-sentence story, even a short one", () => {
    expect(texts(summarize(story(["Markets closed higher on Friday after a volatile week of trading."])))).toEqual([
      "Markets closed higher on Friday after a volatile week of trading.",
    ]);
    expect(texts(summarize(story(["Polls open."])))).toEqual(["Polls open."]);
  });

  it("returns every usable sentence when the story has fewer than asked", () => {
    const doc = story(["The bridge reopened on Monday after a year of repairs.", "Traffic returned to normal within hours, officials said."]);
    expect(summarize(doc, { sentences: 5 })).toHaveLength(2);
  });

  it("still summarizes an article made only of quotes", () => {
    const doc = story([
      "\"We will rebuild every house that the storm destroyed,\" the governor said.",
      "\"Nobody will be left behind, and the state will pay for the temporary shelters,\" she added.",
      "\"The first crews start work on Monday morning,\" her spokesman said.",
      "\"Families can register for help online or at the town hall,\" he said.",
    ]);
    expect(summarize(doc)).toHaveLength(3);
  });

  it("falls back to the plain ranking when the query matches nothing", () => {
    const doc = story(FLOOD_STORY);
    expect(texts(summarize(doc, { query: "cryptocurrency regulation" }))).toEqual(texts(summarize(doc)));
  });

  it("returns nothing for a zero budget", () => {
    const doc = story(FLOOD_STORY);
    expect(summarize(doc, { sentences: 0 })).toEqual([]);
    expect(summarize(doc, { words: 0 })).toEqual([]);
    expect(summarize(doc, { sentences: -2 })).toEqual([]);
  });
});

describe("summarize: choices", () => {
  it("returns the article's own sentences, verbatim and in document order", () => {
    const doc = story(FLOOD_STORY);
    const summary = summarize(doc, { sentences: 4 });
    expect(summary).toHaveLength(4);
    for (const s of summary) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const indexes = summary.map((s) => s.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it("starts from the lead of a news story", () => {
    expect(texts(summarize(story(FLOOD_STORY))).slice(0, 2)).toEqual(FLOOD_STORY.slice(0, 2));
  });

  it("never picks page furniture", () => {
    const summary = texts(summarize(story(FLOOD_STORY), { sentences: 8 }));
    expect(summary).not.toContain("Scroll down for video");
  });

  it("prefers narrative to a sentence that is mostly a quote", () => {
    const doc = story([
      "A fire destroyed a warehouse in the port of Dunmore on Sunday night, firefighters said.",
      "\"It was like a wall of flames, I have never seen anything like it in my whole life,\" said a neighbour.",
      "More than 60 firefighters fought the blaze for six hours before bringing it under control.",
      "The cause of the fire is not yet known, and the police have opened an investigation.",
      "The warehouse stored furniture for several shops in the region.",
    ]);
    expect(texts(summarize(doc)).some((t) => t.includes("wall of flames"))).toBe(false);
  });

  it("drops a near-duplicate of a sentence it already picked", () => {
    const lead = "The city of Arlen will ban cars from its historic centre from next January, the council announced.";
    const doc = story([
      lead,
      "The city of Arlen will ban cars from its historic centre from next January, the council announced on Monday.",
      "Buses and bicycles will still be allowed, and residents will get special permits.",
      "Shop owners fear that fewer customers will come to the centre.",
    ]);
    const summary = texts(summarize(doc));
    expect(summary[0]).toBe(lead);
    expect(summary.filter((t) => t.startsWith("The city of Arlen"))).toHaveLength(1);
  });

  it("skips sentence fragments while full sentences are available", () => {
    const doc = story([
      "Tech shares fell sharply on Wednesday after the central bank raised interest rates again.",
      "Not again.",
      "The main index lost three per cent, its worst day since March.",
      "Analysts expect more volatility before the end of the quarter.",
    ]);
    expect(texts(summarize(doc))).not.toContain("Not again.");
  });

  it("keeps within the word budget, preferring a shorter sentence that fits to a long one that does not", () => {
    const doc = story(FLOOD_STORY);
    const summary = summarize(doc, { sentences: 3, words: 40 });
    expect(summary.reduce((n, s) => n + s.tokens.length, 0)).toBeLessThanOrEqual(40);
    expect(summary.length).toBeGreaterThan(1);
  });

  it("focuses on the query", () => {
    const summary = texts(summarize(story(FLOOD_STORY), { query: "insurance claims" }));
    expect(summary).toContain("Insurers said claims from the flood could reach several million pounds.");
  });

  it("favours sentences that share the headline's words", () => {
    const paragraphs = [
      "Voters in Lakeside went to the polls on Thursday in a closely watched local election.",
      "Turnout was higher than at the last election, officials said.",
      "The new library, a central issue of the campaign, will open in the spring if the budget passes.",
      "Both candidates spent the final day knocking on doors.",
      "Results are expected late on Friday.",
    ];
    const withTitle = texts(summarize(story(paragraphs, "Lakeside library budget decides the election"), { sentences: 2 }));
    expect(withTitle).toContain(paragraphs[2]);
  });

  it("is deterministic", () => {
    const first = texts(summarize(story(FLOOD_STORY), { query: "river" }));
    expect(texts(summarize(story(FLOOD_STORY), { query: "river" }))).toEqual(first);
  });

  // Linearity is measured in the benchmark (1x/10x/100x); here the vitest timeout is the hang guard.
  it("summarizes a very long story", () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `${FLOOD_STORY[i % FLOOD_STORY.length]} Paragraph ${i} adds detail.`);
    const doc = story(paragraphs);
    expect(summarize(doc, { query: "river flood" })).toHaveLength(3);
  });
});

describe("summarize: quotations", () => {
  const paragraphs = [
    "The health minister warned on Monday that hospitals would have to cut waiting lists before they got more money.",
    "\"The hospitals want more money. Any money - any support - will have to be earned,\" the minister told reporters in the capital after a meeting with regional leaders.",
    "Hospital chiefs said they were broadly ready to meet the targets set by the ministry this year.",
    "The opposition called the plan a cut in disguise and promised to vote against the budget in parliament.",
  ];

  it("never picks a sentence that starts or ends inside a quotation", () => {
    const doc = story(paragraphs);
    const { straddles } = quoteProfile(doc.sentences);
    for (const options of [{}, { sentences: 4, minSentences: 4 }, { query: "money support" }]) {
      const summary = summarize(doc, options);
      expect(summary.length).toBeGreaterThan(1);
      for (const s of summary) expect(straddles[s.index], s.text).toBe(0);
      expect(texts(summary).some((t) => t.startsWith("Any money"))).toBe(false);
    }
  });

  it("opens the sample briefing with its lead and never shows half a quote", () => {
    const file = new URL("../../briefings/blinken-taliban-legitimacy.txt", import.meta.url);
    const doc = analyse(ingestArticle({ content: readFileSync(file), fileName: "blinken-taliban-legitimacy.txt" }));
    const { straddles } = quoteProfile(doc.sentences);
    const summary = summarize(doc);
    expect(summary[0]?.text).toMatch(/^U\.S\. Secretary of State Antony Blinken warned .* the Taliban would have to earn legitimacy/);
    for (const s of summary) expect(straddles[s.index], s.text).toBe(0);
  });
});

describe("summarize: length", () => {
  const longLead = [
    "The regional government approved on Thursday a plan to rebuild the flood defences along the whole length of the river valley, " +
      "after three winters in which thousands of homes and farms were flooded and the main railway line was closed for weeks.",
    "The plan, which will cost about two billion over ten years, raises the embankments, restores the wetlands upstream that " +
      "once soaked up the floods, and pays farmers to let their fields take the water when the river is at its highest.",
    "Work on the first section starts in the spring.",
    "Farmers' groups welcomed the payments but said the details were still unclear.",
  ];

  it("stops at two sentences when a long lead already says it all, unless asked for more", () => {
    expect(texts(summarize(story(longLead)))).toEqual(longLead.slice(0, 2));
    expect(summarize(story(longLead), { minSentences: 3 })).toHaveLength(3);
  });

  it("opens with the lead sentence", () => {
    for (const paragraphs of [longLead, FLOOD_STORY]) expect(texts(summarize(story(paragraphs)))[0]).toBe(paragraphs[0]);
  });
});

