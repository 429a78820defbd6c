import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const entitiesOf = (paragraphs: string[]) => findEntities(analyse({ id: "t", title: "Test", paragraphs }));
const byName = (paragraphs: string[], name: string) => entitiesOf(paragraphs).find((e) => e.name === name);

describe("findEntities", () => {
  it("splits a title in front of a name into the role", () => {
    expect(byName(["U.S. Secretary of State Antony Blinken warned on Monday."], "Antony Blinken")).toMatchObject({
      kind: "person",
      role: "U.S. Secretary of State",
    });
  });

  it("keeps a possessive country in the role", () => {
    expect(byName(["Pakistan's Foreign Minister Shah Mahmood Qureshi tweeted on Friday."], "Shah Mahmood Qureshi")?.role).toBe(
      "Pakistan's Foreign Minister",
    );
  });

  it("reads a role in apposition before or after the name", () => {
    expect(byName(["The council leader, Margaret Osei, said the budget was balanced."], "Margaret Osei")?.role).toBe("council leader");
    expect(
      byName(["Armin Laschet, the leader of the ruling party and candidate for chancellor, described it as a failure."], "Armin Laschet")?.role,
    ).toBe("leader of the ruling party");
  });

  it("reads a lower-case role before a name", () => {
    expect(byName(["The longtime Democratic pollster Pat Caddell said voters were worried."], "Pat Caddell")?.role).toBe(
      "longtime Democratic pollster",
    );
  });

  it("links a surname to the person first named in full, with every mention", () => {
    const doc = analyse({ id: "t", title: "T", paragraphs: ["Angela Merkel arrived in Paris.", "Merkel met the president. Later Merkel left."] });
    const merkel = findEntities(doc).find((e) => e.name === "Angela Merkel");
    expect(merkel?.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(["Angela Merkel", "Merkel", "Merkel"]);
    expect(merkel?.gender).toBe("female");
  });

  it("tells organisations and places from people", () => {
    const entities = entitiesOf(["The State Department and the Foreign Ministry spoke after talks in Ramstein, Germany, with NATO officials."]);
    const kinds = Object.fromEntries(entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ "State Department": "organization", "Foreign Ministry": "organization", Germany: "place", NATO: "organization" });
    expect(entities.some((e) => e.kind === "person")).toBe(false);
  });

  it("learns a person's gender from the pronouns the article uses", () => {
    expect(byName(["Quinn Adebayo, the festival director, said she expected record crowds."], "Quinn Adebayo")?.gender).toBe("female");
  });

  it("counts a sentence opening on a pronoun as a vote for the one person the sentence before named", () => {
    const paragraphs = ["Tavio Brennick, a minister, told the paper that she was a regular. He said her family wanted privacy."];
    expect(byName(paragraphs, "Tavio Brennick")?.gender).not.toBe("female");
  });

  it("does not take a pronoun pointing ahead to the subject as a vote for the name before it", () => {
    expect(byName(["With Mayor Tavio Brennick by her side, Helen Park spoke to the crowd."], "Tavio Brennick")?.gender).toBeUndefined();
  });

  it("does not take sentence openers or plural nouns for names", () => {
    const entities = entitiesOf(["Officials said the vote was close. Hanging on the wall was a map.", "But Delegates questioned the count."]);
    expect(entities.filter((e) => e.kind === "person")).toEqual([]);
  });
});
