import { describe, expect, it } from "vitest";
import { transcriptLabel } from "../../src/quotes/transcript-label.js";

const labelOf = (text: string) => transcriptLabel(text, { start: 0, end: text.length })?.label ?? null;

describe("transcriptLabel", () => {
  it("reads a speaker label in capitals before a colon", () => {
    expect(labelOf("PENCE: Well, look, we will see.")).toBe("PENCE");
    expect(labelOf("O'REILLY: Do you think so?")).toBe("O'REILLY");
    expect(labelOf("J. DOE: That is right.")).toBe("J. DOE");
    expect(labelOf("CHRIS WALLACE: Next question.")).toBe("CHRIS WALLACE");
  });

  it("finds no label in ordinary quoted words", () => {
    expect(labelOf("We will see: it is early.")).toBeNull();
    expect(labelOf("I think so.")).toBeNull();
    expect(labelOf("NATO is strong")).toBeNull();
  });
});
