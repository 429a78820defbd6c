import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("words after a verb of saying that are not its subject", () => {
  it("does not take the subject of a reported clause after “said that” for the speaker", () => {
    expect(speakers(["Senator Ann Cole said the plan was “a good start,” and said that Mayor Tom Hale “got the numbers wrong.”"])).toEqual([
      "Ann Cole",
      "Ann Cole",
    ]);
  });

  it("does not take the object of an infinitive for the speaker", () => {
    expect(speakers(["Pat Lee said that by refusing to say the words “harbour tax,” the council was hiding from voters."])).toEqual(["Pat Lee"]);
  });
});

describe("a description of a speaker needs a noun at its end", () => {
  it("skips an adverb before the verb", () => {
    expect(
      speakers(["Council member Tom Hale used to back the governor, but now said the mayor had “the duty to bring us all together.”"]),
    ).toEqual(["Tom Hale"]);
  });

  it("skips a preposition before the verb", () => {
    expect(speakers(["Ann Cole said she would like the mayor to explain his plan because there is “no question” it matters."])).toEqual([
      "Ann Cole",
    ]);
  });

  it("does not take the lone participle of a relative clause for the subject", () => {
    // The whole subject ("One Citizens for Progress ad") spans a preposition: better no speaker than "airing".
    expect(speakers(["One Citizens for Progress ad, which is currently airing, argues that “only Ann Cole can win this race.”"])).toEqual([null]);
  });

  it("keeps an adjective in -ly after an article inside the description", () => {
    expect(speakers(["Dan Gross tweeted as the mayor spoke. An early tweet quoted the mayor as saying “We need to act now!”"])).toEqual([
      "an early tweet",
    ]);
  });
});

describe("an adverb between a speaker and the verb", () => {
  it("skips “now” like “also”", () => {
    expect(speakers(["Ann Cole wants the files made public. Tom Hale now says the files are “too sensitive to share.”"])).toEqual(["Tom Hale"]);
  });
});

describe("a state after a town's comma", () => {
  it("is where the subject is from, not the speaker", () => {
    expect(speakers(["Jo Ames, 22, of Flint, Mich., said she had not given up hope for a late “surprise.”"])).toEqual(["Jo Ames"]);
    expect(speakers(["Ann Cole, at a town hall in Dayton, Ohio, said she would “fight for every job in this county.”"])).toEqual(["Ann Cole"]);
  });
});
