import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc, speakersOf as speakers } from "./make-doc.js";

// The speaker names a reader sees under each quote: whole names and descriptions, never a piece of the
// sentence around them, or a word that cannot name anyone.

describe("a description that opens with a number", () => {
  it("counts its own set, not an earlier figure with the same head", () => {
    expect(speakers(["The poll shows Smith with 47 percent, up from 40 percent.", "Asked about it, 22 percent said he is “not at all responsible.”"])).toEqual([
      "22 percent",
    ]);
  });
});

describe("a negative pronoun names no speaker", () => {
  it("leaves “Nobody” out of the people a later “he” may be", () => {
    expect(speakers(["Nobody asked about the plan, so the mayor, John Reed, brought it up himself. He called it “shameful” and left."])).toEqual([
      "John Reed",
    ]);
  });

  it("leaves “None” out of the people a later “he” may be", () => {
    expect(speakers(["Robert Egge spoke first. None has offered plans. “It makes this a national conversation,” he said."])).toEqual(["Robert Egge"]);
  });
});

describe("a name after a capital “The” inside a sentence", () => {
  it("shows the paper with its article", () => {
    expect(speakers(["But as The Hill pointed out, “Still, Trump has so far declined.”"])).toEqual(["The Hill"]);
  });

  it("is no person whose name a reporter could be", () => {
    expect(speakers(["George Zornick of The Nation wrote, “If you want people to know you care, you have to show it.”"])).toEqual(["George Zornick"]);
  });
});

describe("a name that takes a capital article", () => {
  it("is a paper or a group, not a person", () => {
    const [quote] = extractQuotes(makeDoc(["“Clinton's final count was 699,” The Blaze reported."]));
    expect(quote?.speaker).toEqual({ name: "The Blaze", kind: "organization" });
  });
});

describe("a verb of saying that opens the sentence before a name", () => {
  it("is no part of the name", () => {
    expect(speakers(["Roger Stone spoke on Monday.", "Continued Stone: “So I think it is a very real problem.”"])).toEqual(["Roger Stone"]);
  });
});

describe("“that” before a name or an article opens a clause", () => {
  it("is no part of the subject before the verb", () => {
    expect(speakers(["Polls show that GOP voters said they were “extremely enthusiastic” about voting."])).toEqual(["GOP voters"]);
  });

  it("after a verb of saying, starts what is reported, not the speaker", () => {
    expect(
      speakers(["City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Tempe and its officers support the campaign."]),
    ).toEqual(["Brad Holm"]);
  });
});

describe("a place in commas right before the verb", () => {
  it("ends an aside about the person named before it", () => {
    expect(speakers(["Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”"])).toEqual([
      "Dean Johnson",
    ]);
  });

  it("ends a relative clause about the person named before it", () => {
    expect(speakers(["Michael Seaman, who lives outside of the state capital, Sacramento, said he still “prays that Bernie ends up the nominee.”"])).toEqual([
      "Michael Seaman",
    ]);
  });
});
