import { describe, expect, it } from "vitest";
import { articleId, cleanParagraph, normaliseArticle } from "../../src/articles/normalise.js";

describe("cleanParagraph", () => {
  it.each([
    ["  two  spaces\tand tab  ", "two spaces and tab"],
    ["no\u00a0break\u202fspace", "no break space"],
    ["zero\u200bwidth\u200d and\u00adsoft", "zerowidth andsoft"],
    ["line\nbreak\r\nkept as space", "line break kept as space"],
    ["bell\u0007 and escape\u001b", "bell and escape"],
    ["e\u0301 composed", "é composed"],
  ])("cleans %j", (input, expected) => {
    expect(cleanParagraph(input)).toBe(expected);
  });

  it("never rewrites quotes, dashes or ellipses", () => {
    const text = "“Curly” ‘single’ \"straight\" 'apostrophe' – en — em … ... «guillemets» „low“";
    expect(cleanParagraph(text)).toBe(text);
  });
});

describe("normaliseArticle", () => {
  it("keeps a headline repeated at the top once, whatever its spacing, case or quote style", () => {
    const article = normaliseArticle({
      title: "Blinken says legitimacy must be ’earned’",
      paragraphs: ["Blinken says legitimacy must be 'earned'", "", "BLINKEN  SAYS LEGITIMACY MUST BE ’EARNED’", "First real paragraph."],
    });
    expect(article.title).toBe("Blinken says legitimacy must be ’earned’");
    expect(article.paragraphs).toEqual(["First real paragraph."]);
  });

  it("drops a byline line at the top and keeps later paragraphs equal to the title", () => {
    const article = normaliseArticle({
      title: "Floods",
      byline: "Jo Park",
      paragraphs: ["By Jo Park", "Rain fell all week.", "More text.", "And more.", "Still more.", "Floods"],
    });
    expect(article.paragraphs).toEqual(["Rain fell all week.", "More text.", "And more.", "Still more.", "Floods"]);
    expect(article.byline).toBe("Jo Park");
  });

  it("drops empty and boilerplate paragraphs, and a boilerplate title", () => {
    const article = normaliseArticle({ title: "Advertisement", paragraphs: [" ", "Advertisement", "Real text.", "\u200b"] });
    expect(article).toEqual({ id: articleId("", ["Real text."]), title: "", paragraphs: ["Real text."] });
  });

  it("hashes the normalised content: same text, same id; different text, different id", () => {
    const a = normaliseArticle({ title: "T", paragraphs: ["One.", "Two."] });
    const b = normaliseArticle({ title: " T ", paragraphs: ["One.\u00a0", "", "Two."] });
    expect(b.id).toBe(a.id);
    expect(normaliseArticle({ title: "T", paragraphs: ["One. Two."] }).id).not.toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
