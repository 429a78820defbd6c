import { describe, expect, it } from "vitest";
import { quotesAndSpeakers as quotes } from "./make-doc.js";

// AP style often ends the quote's sentence with its attribution, after more words: "..." in 2008, said X.
describe("an attribution that closes the quote's sentence", () => {
  it("credits “…, said X.” and “…, X said.” after words that follow the quote", () => {
    expect(quotes(["Ruiz “did very well with older voters” in the last primary, said Marist College professor Dana Holt."])).toEqual([
      ["did very well with older voters", "Dana Holt"],
    ]);
    expect(quotes(["“This will be a test” for the mayor, Holt said."])).toEqual([["This will be a test", "Holt"]]);
    expect(quotes(["The bill is “dead on arrival” in the Senate, the senator later added."])).toEqual([["dead on arrival", "the senator"]]);
  });

  it("credits “…, said X, a description.” when the speaker's description ends the sentence", () => {
    expect(quotes(["“Most voters would call that a loss” if she won by less, said Dana Holt, an analyst at the Iowa Poll in Ames, Iowa."])).toEqual([
      ["Most voters would call that a loss", "Dana Holt"],
    ]);
    expect(quotes(["“Most voters would call that a loss” if she won by less, says Dana Holt, 45, of Ames."])).toEqual([
      ["Most voters would call that a loss", "Dana Holt"],
    ]);
  });

  it("reads only a comma-separated ending that is the whole attribution", () => {
    // The sentence goes on after the verb: no attribution there.
    expect(quotes(["Critics called it a “betrayal” of voters, said to be angry about the cuts."])).toEqual([["betrayal", "Critics"]]);
    // The quote ended its own sentence: the next sentence is not read as its closing.
    expect(quotes(["Dana Holt met the board. The plan was “dead.” The mayor spoke next, Holt said."])[0]?.[1]).not.toBe("Holt");
  });
});
