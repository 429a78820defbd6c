import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("sentence subjects that carry a quote", () => {
  it("finds the subject after a leading subordinate clause", () => {
    expect(
      speakers(["When Walter Greene died in 1998, President Bill Clinton released the following statement:", "“He was a man of his time.”"]),
    ).toEqual(["Bill Clinton"]);
  });

  it("keeps the person of the subordinate clause when the comma after it is an aside's", () => {
    expect(
      speakers(["When Robby Mook, the campaign manager was asked about a press conference, he laughed and said, “We’ll see.”"]),
    ).toEqual(["Robby Mook"]);
  });

  it("lets a group of people chant", () => {
    const [name] = speakers(["Small groups of protesters circled the stadium on Sunday while chanting, “Hands up, don’t shoot.”"]);
    expect(name).toContain("protesters");
  });

  it("gives a quote introduced by a colon to a thing that is the sentence's subject", () => {
    expect(speakers(["The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”"])).toEqual([
      "the piece",
    ]);
  });

  it("does not take a predicate noun for the subject before a colon", () => {
    expect(speakers(["The reason is simple: “We ran out of money and time.”"])).toEqual([null]);
  });

  it("reads past a modal and “only” to a spokesman for someone, who speaks for them", () => {
    expect(speakers(["The scheduling was so odd that a spokesman for Bernie Sanders could only quip: “I guess Christmas Eve was booked.”"])).toEqual([
      "a spokesman for Bernie Sanders",
    ]);
  });
});

describe("nominal speakers", () => {
  it("does not replace a new thing (“a court document”) by an earlier one with the same head", () => {
    expect(
      speakers([
        "The school published a high-level teaching document last year.",
        "“The evidence cannot prove all elements of the crime,” according to a court document filed on Monday.",
      ]),
    ).toEqual(["a court document"]);
  });

  it("keeps an owned thing (“the campaign’s statement”) as written", () => {
    expect(
      speakers([
        "The senator read her opening statement slowly.",
        "“The matter is now concluded,” the campaign’s statement said.",
      ]),
    ).toEqual(["the campaign’s statement"]);
  });
});

describe("pronouns after an introduction", () => {
  it("takes “he” for the person just introduced with a role", () => {
    expect(
      speakers([
        "Barack Obama himself seemed to recognize the significance of the victory. “This was the moment,” he said in his speech that night.",
        "Obama consultant Cornell Belcher, the highest-ranking African-American pollster, picked up a similar thread at the time. “Voters are beginning to see that,” he said.",
      ]),
    ).toEqual(["Barack Obama", "Cornell Belcher"]);
  });
});

describe("verbs of saying", () => {
  it("knows the doubled past of “quip”", () => {
    expect(speakers(["Host Trevor Noah met the candidate.", "A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”"])).toEqual([
      "Trevor Noah",
    ]);
  });

  it("reads “that said” as a verb of the thing before it", () => {
    expect(speakers(["In selling the courses, Trump released a marketing video that said, “We are going to have terrific professors.”"])).toEqual([
      "Trump",
    ]);
  });
});

describe("sentences that introduce the next quote", () => {
  it("gives the quote after “issued a statement,” to the sentence's subject", () => {
    expect(speakers(["After the attacks, Mayor Ellen Ford issued a statement, “Last night, our city was attacked.”"])).toEqual(["Ellen Ford"]);
  });

  it("reads a sentence ending on its verb and where it was said", () => {
    expect(
      speakers(["Sam Lau, the communications director for the party said in a statement. “There are no paper ballots to recount.”"]),
    ).toEqual(["Sam Lau"]);
  });
});
