import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract-quotes.js";
import { makeDoc, speakersOf as speakers } from "./make-doc.js";

describe("speaker attribution cues", () => {
  it.each([
    ["“The road reopens Monday,” Helen Park said.", "Helen Park"],
    ["“The road reopens Monday,” said Helen Park.", "Helen Park"],
    ["“The road reopens Monday,” Helen Park told reporters.", "Helen Park"],
    ["Helen Park tweeted: “The road reopens Monday.”", "Helen Park"],
    ["The road reopens Monday, “after the last inspection,” according to Helen Park.", "Helen Park"],
    ["Helen Park wrote in her newsletter: “The road reopens Monday.”", "Helen Park"],
    ["“Will the road reopen Monday?” Helen Park asked.", "Helen Park"],
    ["“The road reopens Monday,” Helen Park added.", "Helen Park"],
    ["“The road reopens Monday,” Helen Park said in a statement.", "Helen Park"],
    ["“The road reopens Monday,” Helen Park, the county engineer, said.", "Helen Park"],
  ])("%s", (paragraph, name) => {
    expect(speakers([paragraph])).toEqual([name]);
  });

  it("gives the cue words", () => {
    const [quote] = extractQuotes(makeDoc(["“The road reopens Monday,” Helen Park told reporters."]));
    expect(quote?.cue).toBe("told reporters");
  });

  it("resolves he and she to the person of that gender", () => {
    expect(
      speakers([
        "Mayor Linda Howard met Governor James Carter on Tuesday to discuss the flood defences.",
        "“We need the money this year,” she said.",
        "“The state will pay its share,” he said.",
      ]),
    ).toEqual(["Linda Howard", "James Carter"]);
  });

  it("resolves a surname to the full name and keeps the role from the text", () => {
    const [quote] = extractQuotes(
      makeDoc(["Health Secretary Priya Raman announced the plan on Monday.", "“Waiting lists will fall by spring,” Raman said."]),
    );
    expect(quote?.speaker).toEqual({ name: "Priya Raman", role: "Health Secretary", kind: "person" });
  });

  it("resolves a nominal to its fullest earlier mention", () => {
    const doc = makeDoc([
      "A senior Treasury official said the talks had stalled.",
      "“Nobody wants to move first,” the official told reporters.",
    ]);
    expect(extractQuotes(doc)[0]?.speaker).toEqual({ name: "a senior Treasury official", kind: "nominal" });
  });

  it("resolves “the senator” to the titled person", () => {
    expect(speakers(["Sen. Maria Gomez voted against the bill.", "“It is a giveaway,” the senator said."])).toEqual(["Maria Gomez"]);
  });

  it("lets an organisation speak, under its full name", () => {
    const [quote] = extractQuotes(
      makeDoc(["The Foreign Ministry summoned the ambassador on Friday.", "“The violation is unacceptable,” the ministry said in a statement."]),
    );
    expect(quote?.speaker).toEqual({ name: "Foreign Ministry", kind: "organization" });
  });

  it("keeps the speaker of the previous paragraph for an uncued continuation", () => {
    expect(
      speakers([
        "“The harvest is the worst in a decade,” said farmer Tom Reid.",
        "“Some fields gave nothing at all. We will need help to get through the winter.”",
      ]),
    ).toEqual(["Tom Reid", "Tom Reid"]);
  });

  it("gives no speaker when the text names none", () => {
    expect(speakers(["A banner at the gate read “Welcome home to every one of you.”"])).toEqual([null]);
  });

  it("never outputs a name that is not in the text", () => {
    const doc = makeDoc([
      "Chancellor Olaf Brandt and his deputy met unions on Monday.",
      "“We are close,” he said. “Very close,” the deputy added.",
      "“No comment,” a spokeswoman for the union said.",
    ]);
    for (const quote of extractQuotes(doc)) {
      if (!quote.speaker) continue;
      expect(doc.text.toLowerCase()).toContain(quote.speaker.name.toLowerCase());
      if (quote.speaker.role) expect(doc.text).toContain(quote.speaker.role);
    }
  });
});
