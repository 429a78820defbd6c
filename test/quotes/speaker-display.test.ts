import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

// What a reader sees as the speaker: the whole name or description, not a piece of it.

describe("a word in -ed inside a speaker phrase that is no verb", () => {
  it("reads a hyphenated compound in -ed as an adjective", () => {
    expect(speakers(["“It is true,” explained Los Angeles-based lawyer Mark Fenwick."])).toEqual(["Mark Fenwick"]);
  });

  it("reads a capitalised word in -ed as a name", () => {
    expect(speakers(["Saudi Prince Alwaleed Bin Talal met the mayor.", "“We will see,” tweeted Prince Alwaleed on Thursday."])).toEqual([
      "Alwaleed Bin Talal",
    ]);
  });
});

describe("two roles before a name", () => {
  it("joins a title and a second role with “and” though no article leads", () => {
    expect(speakers(["“That is it,” said former Ohio Gov. and Republican Party Chairman Frank Miller."])).toEqual(["Frank Miller"]);
  });
});

describe("a role completed by an office", () => {
  it("takes the name after “secretary of state” for the speaker", () => {
    expect(speakers(["“Good,” said former secretary of state Anne Walters, who praised the plan."])).toEqual(["Anne Walters"]);
  });

  it("takes the name after “chief of staff” for the speaker", () => {
    expect(speakers(["“We are ready,” said chief of staff Dan Hill."])).toEqual(["Dan Hill"]);
  });
});

describe("an adjective after the noun shows with its object", () => {
  it("shows “close to” and its object", () => {
    expect(speakers(["“We will win this,” said a person close to the mayor."])).toEqual(["a person close to the mayor"]);
  });

  it("shows “familiar with” and its object, before a relative clause", () => {
    expect(speakers(["“It was not good,” said one Democrat familiar with the talks, who added more."])).toEqual([
      "one Democrat familiar with the talks",
    ]);
  });

  it("shows “known as” and the name", () => {
    expect(speakers(["“Never,” said the station chief known as Jim, speaking for the first time."])).toEqual(["the station chief known as Jim"]);
  });

  it("shows “involved in” and its object after a word that ended the phrase", () => {
    expect(speakers(["“We will spend a lot,” said one Republican involved in the planning."])).toEqual(["one Republican involved in the planning"]);
  });

  it("shows the object for a description named before", () => {
    expect(
      speakers(["“It was not good,” said one Democrat familiar with the talks.", "“It was not good,” one Democrat familiar with the talks said."]),
    ).toEqual(["one Democrat familiar with the talks", "one Democrat familiar with the talks"]);
  });
});

describe("a person's name that modifies a noun", () => {
  it("takes the people named by a plural noun after the name, not the person", () => {
    expect(
      speakers(["Senator Ann Cole spoke on Monday.", "The trouble came during a speech, when Cole protesters interrupted her, shouting “she wins, we lose!”"]),
    ).toEqual(["Cole protesters"]);
  });

  it("takes the campaign named after the name, not the person", () => {
    expect(speakers(["Senator Ann Cole spoke on Monday.", "The Cole campaign, in a note on the plan, worded it carefully: “It was fine.”"])).toEqual([
      "the Cole campaign",
    ]);
  });

  it("keeps the person when the noun after the name is a verb with an object", () => {
    expect(speakers(["Senator Ann Cole spoke on Monday.", "In the debate Cole forces the mayor to answer, saying “we need the truth.”"])).toEqual([
      "Ann Cole",
    ]);
  });
});

describe("a description with an adjective and its object as the subject", () => {
  it("signs the quote before it and the quoted words after its verb", () => {
    expect(speakers(["Mayor Tom Reed spoke.", "“We will win the vote,” a person close to the mayor said."]).at(-1)).toBe("a person close to the mayor");
    expect(speakers(["A source familiar with the plan said it was “dead on arrival and will not pass.”"])).toEqual([
      "a source familiar with the plan",
    ]);
  });
});

describe("an adverb that opens the sentence", () => {
  it("is no part of the speaker", () => {
    expect(
      speakers(["Helen Park spoke.", "Even a top party strategist said Park will have to choose, saying, “At some point, she is going to have to come out.”"]).at(-1),
    ).toBe("a top party strategist");
  });
});
