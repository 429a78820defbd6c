import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

// Roles as a reader sees them after the name ("Name, role"): invented sentences, one rule each.
const roleOf = (paragraphs: string[], name: string) =>
  findEntities(analyse({ id: "t", title: "Test", paragraphs })).find((e) => e.name === name)?.role;

describe("roles shown after the name", () => {
  it("spells out a title abbreviation that no longer stands before a name", () => {
    expect(roleOf(["Ohio Sen. Mark Dillon said the vote would fail."], "Mark Dillon")).toBe("Ohio senator");
    expect(roleOf(["Texas Lt. Gov. Carla Munoz said the vote would fail."], "Carla Munoz")).toBe("Texas lieutenant governor");
    expect(roleOf(["Sens. Mark Dillon and Ann Weber said the vote would fail."], "Mark Dillon")).toBe("senator");
  });

  it("drops a second, abbreviated title stacked after a full role", () => {
    expect(roleOf(["Republican vice-presidential nominee Gov. Mark Dillon spoke on Friday."], "Mark Dillon")).toBe(
      "Republican vice-presidential nominee",
    );
    expect(roleOf(["Pentagon spokesman Navy Capt. Mark Dillon spoke on Friday."], "Mark Dillon")).toBe("Pentagon spokesman");
  });

  it("keeps 'and' inside a capitalised name and an unfinished phrase", () => {
    expect(roleOf(["Mark Dillon, an analyst at the Institute for Peace and Conflict Studies, said the talks failed."], "Mark Dillon")).toBe(
      "analyst at the Institute for Peace and Conflict Studies",
    );
    expect(roleOf(["Mark Dillon, a professor of history and economics at Yale, said the talks failed."], "Mark Dillon")).toBe(
      "professor of history and economics at Yale",
    );
    // A role noun after "and" still starts a second role.
    expect(roleOf(["Mark Dillon, chairman for the Forum and President and CEO of the Institute, said the talks failed."], "Mark Dillon")).toBe(
      "chairman for the Forum",
    );
  });

  it("gives no role from a clause after the comma", () => {
    expect(roleOf(["In the exchange with Mark Dillon, Weber cited an inspector general's report that few emails were kept."], "Mark Dillon")).toBeUndefined();
  });

  it("gives no role from the next person of a list", () => {
    expect(roleOf(["The race between Mark Dillon, Sen. Ted Weber of Ohio and the governor tightened."], "Mark Dillon")).toBeUndefined();
  });

  it("gives no role from a place without its noun", () => {
    expect(roleOf(["Mark Dillon, a Neptune, N.J., native, said the loans were heavy."], "Mark Dillon")).toBeUndefined();
  });

  it("leaves the examples after 'such as' out of the role", () => {
    expect(roleOf(["Mark Dillon, a former aide to Ohio Democrats such as former Gov. Ann Weber, wrote the letter."], "Mark Dillon")).toBe(
      "former aide to Ohio Democrats",
    );
  });

  it("leaves a capitalised verb opening the sentence out of the role", () => {
    expect(roleOf(["Is President Mark Dillon going to act?"], "Mark Dillon")).toBe("President");
  });
});

describe("a role's first letter", () => {
  it("is lower case when only the sentence start or news style's 'former' capitalised it", () => {
    expect(roleOf(["Former U.N. Ambassador Tavio Brennick spoke on Monday."], "Tavio Brennick")).toBe("former U.N. Ambassador");
    expect(roleOf(["Talk show host Tavio Brennick agreed."], "Tavio Brennick")).toBe("talk show host");
    expect(roleOf(["The plan was backed by Former Governor Tavio Brennick."], "Tavio Brennick")).toBe("former Governor");
  });

  it("keeps a capital the word has in its own right", () => {
    expect(roleOf(["Democratic strategist Tavio Brennick disagreed."], "Tavio Brennick")).toBe("Democratic strategist");
    expect(roleOf(["The talks were led by National Security Adviser Tavio Brennick."], "Tavio Brennick")).toBe("National Security Adviser");
  });
});
