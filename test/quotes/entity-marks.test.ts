import { describe, expect, it } from "vitest";
import { EntityMarks } from "../../src/quotes/entity-marks.js";

describe("EntityMarks", () => {
  it("reports an id as met only after it was visited in the same round", () => {
    const marks = new EntityMarks();
    marks.reset(4);
    expect(marks.visit(2)).toBe(false);
    expect(marks.visit(2)).toBe(true);
    expect(marks.visit(3)).toBe(false);
    marks.reset(4);
    expect(marks.visit(2)).toBe(false);
  });

  it("grows for rounds with more entities than it has room for", () => {
    const marks = new EntityMarks();
    marks.reset(1000);
    expect(marks.visit(999)).toBe(false);
    expect(marks.visit(999)).toBe(true);
  });
});
