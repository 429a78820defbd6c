import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

// What a reader sees as the speaker, second round: no description cut short, no verb inside it, no word
// swallowed from next to it, and the right kind.

describe("a word in -ly after an article", () => {
  it("is the noun that heads the subject, not an adverb to skip", () => {
    expect(speakers(["Led by the mayor, the rally denounced the senator’s call for “a total shutdown of the plant.”"])).toEqual(["the rally"]);
  });
});

describe("an article inside a subject read forward", () => {
  it("opens the object of a verb, so the subject ends before that verb", () => {
    expect(speakers(["After the call, Smith’s campaign sent out a press release saying Jones owes “Ohio an explanation for his votes.”"])).toEqual([
      "Smith’s campaign",
    ]);
  });
});

describe("a relative clause before the verb of saying", () => {
  it("holds a verb and its object, never the subject", () => {
    expect(
      speakers(["John Ward, president of the United Federation of Teachers, which represents city educators, said he hopes “schools will listen.”"]),
    ).toEqual(["John Ward"]);
  });
});

describe("a courtesy title before “of”", () => {
  it("makes the surname a person working at the organisation after “of”", () => {
    expect(speakers(["“It was the least bad outcome,” Mr. Harlow of the Sierra Club said."])).toEqual(["Harlow"]);
  });
});

describe("a capital that a sentence start alone explains", () => {
  it("drops an inverted auxiliary from the name after it", () => {
    expect(speakers(["Tom Bratek asked a question.", "Was Bratek satisfied with the answer?", "“To a point,” he said."])).toEqual(["Tom Bratek"]);
  });

  it("drops a counting “One” from an organisation’s name", () => {
    expect(speakers(["One Club for Growth ad argues that “only Cruz can win the state.”"])).toEqual(["Club for Growth"]);
  });

  it("drops a plural in -ies that describes the names after it", () => {
    expect(speakers(["Celebrities Julianne Moore and Kerry Washington joined.", "Moore thanked him for “stepping up at last.”"])).toEqual([
      "Julianne Moore",
    ]);
  });
});

describe("words after an auxiliary", () => {
  it("are a predicate, never the fuller form of a later subject", () => {
    expect(speakers(["The objections had forced lawyers for the governor to respond.", "The sources, the lawyers said, “all agree.”"])).toEqual([
      "the lawyers",
    ]);
  });

  it("make a noun phrase with the “what” before them", () => {
    expect(speakers(["In the end, what has been made available suggests that most were “sent from the office.”"])).toEqual(["what has been made available"]);
  });
});

describe("“and” inside an organisation’s name", () => {
  it("joins the words after “the” to an institution’s word", () => {
    expect(speakers(["According to a complaint filed by the federal Securities and Exchange Commission, it was a “massive scheme.”"])).toEqual([
      "Securities and Exchange Commission",
    ]);
  });

  it("goes on after an institution’s “for”", () => {
    expect(speakers(["“It could be done,” the Institute for Science and International Security wrote in September."])).toEqual([
      "Institute for Science and International Security",
    ]);
  });
});

describe("a time zone after a clock time", () => {
  it("is no organisation a later “it” can stand for", () => {
    expect(speakers(["The memo was sent at 7:19 p.m. EST.", "“I just tried you on the phone,” it reads."])).toEqual([null]);
  });
});

describe("a verb of saying in its plain form after a singular determiner and a word", () => {
  it("is a noun, so the sentence’s subject speaks", () => {
    expect(speakers(["Sanders delivered a snappy retort: “No one is tearing this up.”"])).toEqual(["Sanders"]);
  });
});

describe("a comma between a description’s adjectives", () => {
  it("keeps the noun after the comma in the description", () => {
    expect(speakers(["“We won,” the tall, gray-haired senator said."])).toEqual(["the tall, gray-haired senator"]);
  });
});

describe("a participle with its agent after the quote", () => {
  it("credits the one after “by”", () => {
    expect(speakers(["Her aide wrote emails later labeled “top secret” by the State Department."])).toEqual(["State Department"]);
  });
});

describe("a noun phrase between a verb in -ing and “to”", () => {
  it("is the object pushed to speak, not the speaker", () => {
    expect(
      speakers(["Leaders of the group have said they have a policy of inviting all active presidential candidates to speak to ensure that “we hear everyone.”"]),
    ).not.toEqual(["all active presidential"]);
  });
});

describe("an unknown name after a lower-case noun", () => {
  it("is shown alone: the noun before it belongs to another clause", () => {
    expect(speakers(["Clinton wants all of her messages released, even the ones State now says are “top secret.”"])).toEqual(["State"]);
  });
});
