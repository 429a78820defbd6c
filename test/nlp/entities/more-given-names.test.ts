import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTPUT, deriveMoreGivenNames, renderModule } from "../../../scripts/more-given-names.js";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";
import { MORE_GIVEN_NAMES } from "../../../src/nlp/entities/more-given-names.js";

const entitiesOf = (paragraphs: string[]) => findEntities(analyse({ id: "t", title: "Test", paragraphs }));
const listed = new Set(MORE_GIVEN_NAMES.split(/\s+/));

describe("the long list of given names", () => {
  it("is exactly what scripts/more-given-names.js derives from the pinned packages", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(renderModule(deriveMoreGivenNames()));
  });

  it("holds rarer names but no name that is also an English word", () => {
    for (const name of ["arianna", "alyona", "norbert", "anwar"]) expect(listed.has(name), name).toBe(true);
    for (const word of ["will", "hope", "chase", "king", "rose", "summer"]) expect(listed.has(word), word).toBe(false);
  });

  it("makes a person of a name that opens with one of them, and says nothing of gender", () => {
    const [entity] = entitiesOf(["The site was founded by Arianna Huffington in 2005."]);
    expect(entity).toMatchObject({ kind: "person", name: "Arianna Huffington" });
    expect(entity?.gender).toBeUndefined();
    expect(entitiesOf(["The show was hosted by Alyona Minkovski on Monday."]).map((e) => e.name)).toEqual(["Alyona Minkovski"]);
  });

  it("leaves a word of another list to that list", () => {
    expect(entitiesOf(["Voters in North Carolina went to the polls."]).map((e) => e.kind)).toEqual(["place"]);
  });
});
