import { describe, expect, it } from "vitest";
import { MisspellingIndex } from "../../../src/nlp/entities/misspelling-index.js";

const indexOf = (names: string[]) => {
  const index = new MisspellingIndex();
  for (const name of names) index.add(name);
  return index;
};

describe("MisspellingIndex", () => {
  it("finds a name one letter added, dropped or changed", () => {
    const index = indexOf(["wimes", "mclenney"]);
    expect(index.misspelt("wines")).toBe("wimes");
    expect(index.misspelt("mclenny")).toBe("mclenney");
    expect(index.misspelt("mcclenney")).toBe("mclenney");
  });

  it("needs the same first letter, five letters or more, and a real difference", () => {
    const index = indexOf(["wimes", "carter", "adams"]);
    expect(index.misspelt("mimes")).toBeNull();
    expect(index.misspelt("cartr")).toBe("carter");
    expect(index.misspelt("adam")).toBeNull();
    expect(index.misspelt("wimes")).toBeNull();
  });

  it("counts a repeated name once and answers with the earliest added of several", () => {
    const index = indexOf(["smyth", "smith", "smyth", "smith"]);
    expect(index.size).toBe(2);
    expect(index.misspelt("smeth")).toBe("smyth");
    expect(indexOf(["smith", "smyth"]).misspelt("smeth")).toBe("smith");
  });
});
