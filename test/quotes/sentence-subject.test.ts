import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as quotes } from "./make-doc.js";

// A longer quoted fragment in a sentence with no verb of saying: the named subject of the sentence is its source.
describe("the named subject of a sentence with a quoted fragment and no cue", () => {
  it("credits the person who opens the sentence or its main clause", () => {
    expect(quotes(["Harbour columnist Dana Holt credits the mayor for “a plan that finally puts the fishing crews first.”"])).toEqual([
      ["a plan that finally puts the fishing crews first.", "Dana Holt"],
    ]);
    expect(quotes(["In March, Dana Holt blamed the council for “years of neglect on the north side of the harbour.”"])).toEqual([
      ["years of neglect on the north side of the harbour.", "Dana Holt"],
    ]);
    // A later clause with a subject of its own.
    expect(quotes(["Tom Hale signed the order, while Dana Holt proposed that the town “close the north pier for the whole winter.”"])).toEqual([
      ["close the north pier for the whole winter.", "Dana Holt"],
    ]);
  });

  it("leaves the quote alone when the subject is what the quote describes", () => {
    // The quote is the predicate about the subject: someone else's words.
    expect(quotes(["Dana Holt spoke first. The Harbour Trust “received large payments that were never disclosed to the board.”"])).toEqual([
      ["received large payments that were never disclosed to the board.", null],
    ]);
    // "The new ad hits Holt": the person is the object, not a subject with a role.
    expect(quotes(["Dana Holt spoke first. The new ad hits Holt for taking “more money from banks than from all the farmers.”"])).toEqual([
      ["more money from banks than from all the farmers.", null],
    ]);
  });

  it("credits a quoted sentence to the named subject of the sentence before it", () => {
    expect(quotes(["The pier was quiet. Lawrence Cummings called the mayor a master at deals. “He showed again and again an ability to close them.”"])).toEqual([
      ["He showed again and again an ability to close them.", "Lawrence Cummings"],
    ]);
    // No name opens the sentence before: no guess.
    expect(quotes(["Lawrence Cummings left early. The crowd called the mayor a master at deals. “He showed again and again an ability to close them.”"])).toEqual([
      ["He showed again and again an ability to close them.", null],
    ]);
  });

  it("credits a document or message that opens the sentence", () => {
    expect(quotes(["Dana Holt runs the trust. A new harbour report released Monday found “no evidence that the pier was ever inspected.”"])).toEqual([
      ["no evidence that the pier was ever inspected.", "a new harbour report"],
    ]);
  });

  it("credits a “he” or “she” opening the sentence, resolved to the person", () => {
    expect(quotes(["Dana Holt chairs the harbour board. She wants the council “to fix the north pier before the winter storms arrive.”"])).toEqual([
      ["to fix the north pier before the winter storms arrive.", "Dana Holt"],
    ]);
  });
});
