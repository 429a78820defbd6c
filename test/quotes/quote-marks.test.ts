import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc } from "./make-doc.js";

const texts = (paragraphs: string[]) => extractQuotes(makeDoc(paragraphs)).map((q) => q.text);

describe("quote marks", () => {
  it("finds straight and curly double quotes", () => {
    expect(texts(['"We will rebuild the bridge," the mayor said.', "“It will take two years,” the engineer said."])).toEqual([
      "We will rebuild the bridge,",
      "It will take two years,",
    ]);
  });

  it("tells British single quotes from apostrophes", () => {
    const doc = makeDoc([
      "‘We don’t accept the Smiths’ offer,’ the chairman said.",
      "The club’s fans, who grew up on ’90s rock ’n’ roll, were not impressed.",
      "'It's not over,' said Margaret Osei. 'We'll be back.'",
    ]);
    expect(extractQuotes(doc).map((q) => q.text)).toEqual(["We don’t accept the Smiths’ offer,", "It's not over, We'll be back."]);
  });

  it("never treats apostrophes alone as quotes", () => {
    expect(texts(["Rock ’n’ roll ruled the ’90s, and the Joneses’ dog didn’t care.", "It's the workers' day, isn't it?"])).toEqual([]);
  });

  it("keeps nested quotes inside the outer quote", () => {
    const [quote] = extractQuotes(makeDoc(["“He told me ‘never again’ and then he called it “a disgrace”, believe me,” Osei said."]));
    expect(quote?.text).toBe("He told me ‘never again’ and then he called it “a disgrace”, believe me,");
    expect(quote?.speaker?.name).toBe("Osei");
  });

  // The vitest timeout is the hang guard; linearity is measured in the benchmark.
  it("does not hang or throw on unbalanced marks", () => {
    const paragraph = 'He said "yes and then " no ” and “ maybe ’ and ‘ so " on. ';
    const doc = makeDoc(Array.from({ length: 1000 }, () => paragraph.repeat(5)));
    expect(Array.isArray(extractQuotes(doc))).toBe(true);
    expect(() => texts(['"Unclosed quote at the end', "Next paragraph without a mark."])).not.toThrow();
  });
});
