import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const kindOf = (paragraphs: string[], name: string) =>
  findEntities(analyse({ id: "t", title: "Test", paragraphs })).find((e) => e.name === name)?.kind;

describe("a given name and a surname that begin a place's name", () => {
  it("name that place, not a person", () => {
    const paragraphs = ["Parents gathered at Carol Benning Middle School on Monday.", "For the town, Carol Benning was a turning point."];
    expect(kindOf(paragraphs, "Carol Benning")).toBe("place");
  });

  it("still name a person when a role or speech shows one", () => {
    expect(kindOf(["Carol Benning Middle School closed.", "Carol Benning, the principal, said it was sad."], "Carol Benning")).toBe("person");
  });
});
