import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/nlp/analyse.js";
import { findEntities } from "../../../src/nlp/entities/find-entities.js";

const names = (paragraphs: string[]) => findEntities(analyse({ id: "t", title: "Test", paragraphs })).map((e) => e.name);

describe("a sentence that opens on its topic with “Of”", () => {
  it("names no “Of …” person", () => {
    const found = names(["Wendy Marsh spoke first.", "Of Marsh, Tavio Brennick said, “She is careful.”"]);
    expect(found).toContain("Wendy Marsh");
    expect(found).not.toContain("Of Marsh");
  });
});
