import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc } from "./make-doc.js";
import { findEntities } from "../../src/nlp/entities/find-entities.js";

const quotes = (paragraphs: string[]) => extractQuotes(makeDoc(paragraphs)).map((q) => ({ name: q.speaker?.name ?? null, role: q.speaker?.role ?? null }));

describe("descriptions around a speaker's name", () => {
  it("takes the person after a name used as a modifier (“said Reed constituent Dan Moss”)", () => {
    expect(
      quotes(["Senator Tom Reed spoke in Austin on Monday.", "“Anyone who breaks the law puts us at risk,” said Reed constituent Dan Moss."]),
    ).toEqual([{ name: "Dan Moss", role: "Reed constituent" }]);
  });
});

describe("a slogan or name used as a modifier", () => {
  it("is no quote, and does not hide the attribution after it from the quote before", () => {
    expect(
      quotes([
        "“We have had better conventions than this one,” delegate Bill Moss, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell.",
      ]),
    ).toEqual([{ name: "Bill Moss", role: "delegate" }]);
  });

  it("stays a quote when it ends in punctuation of its own", () => {
    expect(quotes(["Later Tom Reed went on to promote “Celebrity Apprentice,” note that he had bought a hotel, and boast about golf."]).length).toBe(1);
  });
});

describe("a role noun as the subject", () => {
  it("keeps the person it names the topic of a next “he”, over a name in a fronted phrase", () => {
    expect(
      quotes([
        "Senator Tom Reed has a new bill.",
        "In a conversation with NBC’s Jake Tapper about his plan, the senator discussed taxes. “Just imagine,” he said.",
      ]),
    ).toEqual([{ name: "Tom Reed", role: "Senator" }]);
  });

  it("takes back the gender vote of a pronoun in a phrase that points ahead to it", () => {
    const doc = makeDoc(["In a conversation with Alyona Minkovski about his upcoming film, the actor discussed history."]);
    expect(extractQuotes(doc)).toEqual([]);
    expect(findEntities(doc).find((e) => e.name === "Alyona Minkovski")?.gender).toBeUndefined();
  });
});

describe("a fronted phrase", () => {
  it("makes the name after its comma the subject, not the names inside it", () => {
    expect(
      quotes([
        "Senator Bernie Sanders missed the event.",
        "Filling in for Sanders at the same event where Hillary Clinton and Martin O'Malley appeared Sunday, Cornel West landed a sharp dig at Clinton.",
        "“I took Wall Street money,” he said.",
      ]),
    ).toEqual([{ name: "Cornel West", role: null }]);
  });

  it("keeps the person whose view a phrase on “for” gives", () => {
    expect(
      quotes(["For Jonathan Chait, Kevin Williamson is exposing the logic of the movement. “The market hasn’t failed the workers,” he mocks."]),
    ).toEqual([{ name: "Jonathan Chait", role: null }]);
  });
});

describe("a “he” or “she” after the quote", () => {
  it("wins over an organisation the clause before it names", () => {
    expect(
      quotes([
        "People cheered after Zoe Saldana revealed her plans. After the news spread, the “Avatar” star posted a message on her Facebook about it: “Men, you will not cease to exist,” she wrote.",
      ]).at(-1),
    ).toEqual({ name: "Zoe Saldana", role: null });
  });
});

describe("a phrase leading to the subject", () => {
  it("credits a quoted fragment to the subject after a participle or an indefinite description", () => {
    expect(quotes(["Speaking to reporters in Ohio, Helen Park called the plan “a disaster for working families and their kids.”"])).toEqual([
      { name: "Helen Park", role: null },
    ]);
    expect(
      quotes([
        "Tom Reed spoke first.",
        "A voter who supports Reed, Dan Moss lost his son when “a drunk driver ran a red light and took my boy from me.”",
      ]),
    ).toEqual([{ name: "Dan Moss", role: null }]);
  });
});

describe("a participle after a reported clause", () => {
  it("goes on with the one who said it, not the one the clause is about", () => {
    expect(
      quotes([
        "Helen Park spoke on Monday.",
        "Alongside the protests, even a top party strategist said Park will have to choose a side, saying, “At some point, she is going to have to come out.”",
      ]),
    ).toEqual([{ name: "a top party strategist", role: null }]);
  });

  it("does not take a noun like “comments” for the earlier verb", () => {
    expect(
      quotes([
        "Tom Reed spoke in Maine.",
        "In response to Reed’s comments in Maine, Secretary Martin Andanar released a statement saying that Reed had “professed his love for the islands.”",
      ]),
    ).toEqual([{ name: "Martin Andanar", role: "Secretary" }]);
  });
});

describe("a person right before a participle of saying", () => {
  it("is its subject with an adverb between them", () => {
    expect(quotes(["Tom Reed spoke.", "What do you think of Reed privately saying “pray for him” in response?"])).toEqual([
      { name: "Tom Reed", role: null },
    ]);
  });
});
