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
    ["one\u00a0nbsp, else plain", "one nbsp, else plain"],
    ["mixed \u00a0\t\u3000 run and\u2028line", "mixed run and line"],
    ["\u2003em  quad\u2000", "em quad"],
  ])("cleans %j", (input, expected) => {
    expect(cleanParagraph(input)).toBe(expected);
  });

  it("never rewrites quotes, dashes or ellipses", () => {
    const text = "“Curly” ‘single’ \"straight\" 'apostrophe' – en — em … ... «guillemets» „low“";
    expect(cleanParagraph(text)).toBe(text);
  });
});

describe("articleId", () => {
  it("hashes a long article in pieces to the same id as the whole text", async () => {
    const { hash } = await import("node:crypto");
    const whole = (title: string, paragraphs: string[]): string => hash("sha256", `${title}\n${paragraphs.join("\n")}`, "hex").slice(0, 16);
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says “something” about Zürich ${"and more ".repeat(i % 40)}`);
    // Lone surrogates at paragraph edges must not pair up across a piece boundary.
    paragraphs[700] = "ends high \ud83d";
    paragraphs[701] = "\ude00 starts low";
    expect(articleId("A long one", paragraphs)).toBe(whole("A long one", paragraphs));
    expect(articleId("", ["x".repeat(100_000)])).toBe(whole("", ["x".repeat(100_000)]));
    expect(articleId("Short", ["One.", "Two."])).toBe(whole("Short", ["One.", "Two."]));
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
