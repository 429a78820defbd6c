import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const entitiesOf = (paragraphs: string[]) => findEntities(analyse({ id: "t", title: "Test", paragraphs }));
const people = (paragraphs: string[]) => entitiesOf(paragraphs).filter((e) => e.kind === "person");

describe("where a long title-case role ends and the name begins", () => {
  it("takes the two words after a role noun as the name", () => {
    expect(people(["Former Lenning Senior Adviser Tavio Brennick wrote the memo."])).toMatchObject([
      { name: "Tavio Brennick", role: "former Lenning Senior Adviser" },
    ]);
  });

  it("reads a role with “for” in it up to a given name", () => {
    expect(people(["Undersecretary for Coastal Affairs Wendy Marsh signed the order."])).toMatchObject([
      { name: "Wendy Marsh", role: "Undersecretary for Coastal Affairs", gender: "female" },
    ]);
  });

  it("finds no person in such a role without a name after it", () => {
    expect(people(["The Minister for Coastal Affairs signed the order."])).toEqual([]);
  });
});

describe("an Arabic article joined to a name", () => {
  it("stays part of the name, and the later mention finds the person", () => {
    expect(people(["The cleric Anwar al-Awlaki, who was killed in 2011, is shown lecturing.", "Footage of Al-Awlaki appears."])).toMatchObject([
      { name: "Anwar al-Awlaki" },
    ]);
    expect(people(["President Bashar al-Assad’s forces advanced."]).map((e) => e.name)).toEqual(["Bashar al-Assad"]);
  });

  it("does not make a name of a lower-case word with a hyphen", () => {
    expect(people(["The all-time record was set by a-list stars."])).toEqual([]);
  });
});
