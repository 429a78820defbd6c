import { describe, expect, it } from "vitest";
import { speakersOf as speakers } from "./make-doc.js";

describe("who stays the topic for a later “he said”", () => {
  it("keeps the previous speaker over a person named only as the one made to act (“forcing X to”)", () => {
    expect(
      speakers([
        "“This is a test for the party,” Tom Reed told me.",
        "The push has yielded one victory: forcing Mark Dunn to reverse his stance on the bill. “The vote has moved him,” he said.",
      ]),
    ).toEqual(["Tom Reed", "Tom Reed"]);
  });

  it("still lets a person who acts take the topic", () => {
    expect(
      speakers([
        "“This is a test for the party,” Tom Reed told me.",
        "Mark Dunn reversed his stance on the bill. “The vote has moved me,” he said.",
      ]),
    ).toEqual(["Tom Reed", "Mark Dunn"]);
  });
});
