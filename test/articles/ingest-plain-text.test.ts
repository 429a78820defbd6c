import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/articles/ingest.js";
import { fixture, sampleArticle } from "./fixtures.js";

describe("ingestArticle: plain text", () => {
  it("reads the sample article: headline once, one paragraph per line, curly characters intact", () => {
    const text = sampleArticle();
    const article = ingestArticle({ content: text, fileName: "blinken-taliban-legitimacy.txt" });
    expect(article.title).toBe("Blinken says Taliban legitimacy will have to be ’earned’");
    expect(article.paragraphs).toHaveLength(28);
    expect(article.paragraphs.some((paragraph) => paragraph.includes("legitimacy will have to be ’earned’"))).toBe(false);
    expect(article.paragraphs[0]).toMatch(/^U\.S\. Secretary of State Antony Blinken warned/);
    // Lines separated by a single newline are separate paragraphs.
    expect(article.paragraphs).toContain(
      "\"But nothing along the lines of, we think we have to recognise or legitimise the government in the near term,\" he said.",
    );
    expect(article.paragraphs).toContain("\"Pakistan, as an immediate neighbour cannot afford to disengage,\" he said.");
    // Every paragraph is verbatim from the input: nothing smartened, straightened or re-spaced.
    for (const paragraph of article.paragraphs) expect(text).toContain(paragraph);
    expect(article.paragraphs.join(" ")).toContain("int’l engagement");
    expect(article.source).toBeUndefined();
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives the same id for the same article, whether bytes or string, CRLF or LF", () => {
    const text = sampleArticle();
    const a = ingestArticle({ content: text });
    const b = ingestArticle({ content: new TextEncoder().encode(text.replaceAll("\n", "\r\n")) });
    expect(b).toEqual(a);
    expect(ingestArticle({ content: `${text}\nOne more line.` }).id).not.toBe(a.id);
  });

  it("re-joins hard-wrapped text and ends paragraphs only at deliberate breaks", () => {
    const article = ingestArticle({ content: fixture("wrapped.txt"), fileName: "wrapped.txt" });
    expect(article.title).toBe("Tram line extension approved after long debate");
    expect(article.paragraphs).toEqual([
      "The regional assembly voted on Tuesday to extend the city's tram line by six kilometres to the new hospital, ending a debate that has run for almost a decade and divided the assembly along unusual lines.",
      "Supporters said the extension would cut journey times for thousands of patients and staff. \"People should not need a car to get to hospital,\" said assembly member Carla Jensen, who proposed the plan.",
      "Opponents argued that the 210 million euro budget could be better spent on buses, which could serve more neighbourhoods at a fraction of the cost.",
      "Construction is expected to start next spring and take three years, with the first trams running to the hospital in time for its well-known annual open day.",
    ]);
  });

  it("makes an article of a headline alone", () => {
    const article = ingestArticle({ content: fixture("headline-only.txt") });
    expect(article.title).toBe("Storm closes coastal road");
    expect(article.paragraphs).toEqual([]);
  });

  it("takes no headline when the first line is a sentence", () => {
    const article = ingestArticle({ content: "The council met on Monday.\nIt approved the budget." });
    expect(article.title).toBe("");
    expect(article.paragraphs).toEqual(["The council met on Monday.", "It approved the budget."]);
  });

  it("accepts text without sentence punctuation", () => {
    const article = ingestArticle({ content: "Results tonight\nNorth 3 South 1\nEast 0 West 0\nCentral 2 Harbour 2" });
    expect(article.title).toBe("Results tonight");
    expect(article.paragraphs).toEqual(["North 3 South 1", "East 0 West 0", "Central 2 Harbour 2"]);
  });

  it("reads non-English text", () => {
    const german = ingestArticle({
      content: "Bürgermeisterin eröffnet neue Brücke\n\n„Das ist ein großer Tag“, sagte Bürgermeisterin Müller am Donnerstag.",
    });
    expect(german.title).toBe("Bürgermeisterin eröffnet neue Brücke");
    expect(german.paragraphs).toEqual(["„Das ist ein großer Tag“, sagte Bürgermeisterin Müller am Donnerstag."]);

    const japanese = ingestArticle({ content: "東京で新しい橋が開通した。\n市長は「素晴らしい日だ」と述べた。" });
    expect(japanese.title).toBe("");
    expect(japanese.paragraphs).toHaveLength(2);

    const arabic = ingestArticle({ content: "افتتاح جسر جديد في المدينة\n\nقال رئيس البلدية إن الجسر سيفتح يوم الخميس." });
    expect(arabic.title).toBe("افتتاح جسر جديد في المدينة");
    expect(arabic.paragraphs).toHaveLength(1);
  });

  it("cleans whitespace and invisible characters but keeps quotes, dashes and ellipses", () => {
    const article = ingestArticle({
      content: "Headline\u00a0here\n\n  “Quoted\u00a0 words” \t— and\u200b more…  \n\u0007\n'Plain' \"straight\" quotes... stay.",
    });
    expect(article.title).toBe("Headline here");
    expect(article.paragraphs).toEqual(["“Quoted words” — and more…", "'Plain' \"straight\" quotes... stay."]);
  });

  it("skips separator lines, including above the headline", () => {
    const article = ingestArticle({ content: "=====\nLibrary reopens\n=====\nThe library reopened on Monday.\n* * *\nIt had been closed for a year." });
    expect(article.title).toBe("Library reopens");
    expect(article.paragraphs).toEqual(["The library reopened on Monday.", "It had been closed for a year."]);
  });

  it("drops pasted page furniture", () => {
    const article = ingestArticle({
      content: "Ferry fares to rise\nAdvertisement\nFares will rise by 5% in May, the operator said.\nREAD MORE: Ferry timetable changes\nShare this article",
    });
    expect(article.paragraphs).toEqual(["Fares will rise by 5% in May, the operator said."]);
  });
});
