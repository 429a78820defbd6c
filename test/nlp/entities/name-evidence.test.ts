import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const entitiesOf = (paragraphs: string[]) => findEntities(analyse({ id: "t", title: "Test", paragraphs }));

describe("person evidence", () => {
  it("takes a given name set off after a relation for a person", () => {
    expect(entitiesOf(["On Tuesday his wife, Jane, called for open primaries."]).find((e) => e.name === "Jane")).toMatchObject({
      kind: "person",
      gender: "female",
    });
  });

  it("keeps a quoted nickname inside the name and stops before where the person is from", () => {
    const entities = entitiesOf(["Juan “Chico” Manriquez of Oakland carried one of the photos."]);
    expect(entities.find((e) => e.name === "Juan “Chico” Manriquez")?.kind).toBe("person");
    expect(entities.some((e) => e.name.includes("Oakland"))).toBe(false);
  });

  it("splits an editor's title from the name even after a newspaper's name", () => {
    const entities = entitiesOf(["In a statement released by Post Editor-in-Chief Martin Baron, the plans were set out."]);
    expect(entities.find((e) => e.name === "Martin Baron")).toMatchObject({ kind: "person", role: "Post Editor-in-Chief" });
  });
});
