import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("cue refinements", () => {
  it("never takes the object of a participle after a quote for its speaker", () => {
    expect(speakers(["Helen Park said, “We will rebuild the bridge,” promising the county engineers more money."])).toEqual(["Helen Park"]);
  });

  it("does not sign a quote with a next sentence that reports a new clause", () => {
    expect(
      speakers(["“It is a sad day,” Helen Park told reporters in Leeds. “We lost the vote.” Mayor Tom Reed said he would appeal the ruling."]),
    ).toEqual(["Helen Park", "Helen Park"]);
    expect(speakers(["“It is a sad day.” Helen Park said that evening."])).toEqual(["Helen Park"]);
  });

  it("lets a cue after a question sign that question, not join it to the previous quote", () => {
    expect(speakers(["“We will look at many people,” Helen Park said. “Even Tom?” Rachel Moore asked."])).toEqual(["Helen Park", "Rachel Moore"]);
  });

  it("reads past a place phrase between a nominal subject and its verb", () => {
    expect(speakers(["“Welcome, visitors!” a message on the website reads."])).toEqual(["a message"]);
  });

  it("finds the person named after a lower-case description behind an inverted verb", () => {
    expect(speakers(["“Thanks for welcoming these refugees,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer."])).toEqual([
      "Asab Al-Tabchi",
    ]);
  });
});

describe("pronouns", () => {
  it("weighs every mention of a person, not only the latest", () => {
    expect(
      speakers([
        "After he criticised the Harry Potter books, Pastor Kevin Swanson turned to the scouts.",
        "Swanson, a pastor in Colorado, attacked the scouts on his show, “Mornings with Kevin Swanson,” a watchdog reported.",
        "“Take the book at its word,” he said.",
      ]),
    ).toEqual(["a watchdog", "Kevin Swanson"]);
  });

  it("resolves she to a wife named by her given name", () => {
    expect(
      speakers(["Senator Tom Reed spoke first. On Tuesday his wife, Jane, called for open primaries.", "“Shutting people out is not smart,” she said."]),
    ).toEqual(["Jane"]);
  });

  it("does not make the asker in a when-clause the topic", () => {
    expect(
      speakers([
        "Speaker Paul Ryan met the host Jake Tapper on Sunday.",
        "Ryan did not sound confident when Tapper asked whether his party would hold the House.",
        "“This year will be unpredictable,” he said.",
      ]),
    ).toEqual(["Paul Ryan"]);
  });
});
