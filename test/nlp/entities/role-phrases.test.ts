import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const roleOf = (paragraph: string, name: string) => {
  const entity = findEntities(analyse({ id: "t", title: "Test", paragraphs: [paragraph] })).find((e) => e.name === name);
  expect(entity).toBeDefined();
  return entity?.role;
};

describe("roles in apposition", () => {
  it("reads past a comma between adjectives to the role noun, up to a question mark", () => {
    expect(roleOf("Was that really Chris Christie, the brusque, take-a-back-seat-to-no-one governor of New Jersey?", "Chris Christie")).toBe(
      "brusque, take-a-back-seat-to-no-one governor of New Jersey",
    );
  });

  it("ends at a finite verb: a clause after the name is no role", () => {
    expect(roleOf("His father, Brent Bozell, Jr. was the ghost writer of a 1960 classic.", "Brent Bozell")).toBeUndefined();
  });

  it("joins two nouns of one role with “and”, and so finds a person with an unlisted given name", () => {
    expect(roleOf("Orvald Pettigrew, Lenning’s longtime friend and adviser, suggested that the plan had changed.", "Orvald Pettigrew")).toBe(
      "Lenning’s longtime friend and adviser",
    );
  });
});
