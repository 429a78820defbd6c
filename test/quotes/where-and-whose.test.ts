import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp/analyse.js";
import { findEntities } from "../../src/nlp/entities/find-entities.js";
import { speakersOf as speakers } from "./make-doc.js";

const kinds = (paragraphs: string[]) => Object.fromEntries(findEntities(analyse({ id: "t", title: "Test", paragraphs })).map((e) => [e.name, e.kind]));

// Where a speaker is from, and whose office they hold, are not the speaker.
describe("places and “of” phrases around a speaker", () => {
  it("reads an AP state abbreviation as a place, not an organisation that speaks", () => {
    expect(kinds(["Flooding closed roads in Dover, N.H., and Camden, N.J., on Sunday."])).toMatchObject({ "N.H.": "place", "N.J.": "place" });
    expect(speakers(["“We will rebuild,” the mayor of Dover, N.H., said on Sunday."])).toEqual(["the mayor of Dover"]);
    expect(speakers(["The mayor of Dover, New Hampshire, said, “We will rebuild.”"])).toEqual(["the mayor of Dover"]);
  });

  it("gives the quote to the person or the office before “of”, not to the town after it", () => {
    expect(speakers(["Rita Okafor of Camden, N.J., said, “The water came in overnight.”"])).toEqual(["Rita Okafor"]);
    expect(speakers(["The mayor of Camden said, “The water came in overnight.”"])).toEqual(["the mayor of Camden"]);
  });

  it("does not take a shouted word for an acronym", () => {
    expect(kinds(["Tom Reed said the council COULD have acted sooner.", "The council met on Monday."])).not.toHaveProperty("COULD");
    expect(kinds(["The budget was cut, a CREW report found."])).toMatchObject({ CREW: "organization" });
  });
});
