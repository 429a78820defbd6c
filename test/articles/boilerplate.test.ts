import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/articles/boilerplate.js";

describe("isBoilerplate", () => {
  it.each([
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "READ MORE: Ferry timetable changes",
    "READ MORE Ferry timetable changes",
    "Read more »",
    "Related: Council budget approved",
    "Sign up for our newsletter",
    "Subscribe to our daily newsletter",
    "Share this article",
    "Share on Facebook",
    "Photo: Jane Doe/Example Gazette",
    "(Photo by Jane Doe)",
    "Image caption The bridge at dawn",
    "© 2024 Example Gazette. All rights reserved.",
    "Copyright 2024 Example Gazette",
    "We use cookies to improve your experience.",
    "14 March 2024",
    "Updated: March 14, 2024 9:30 am GMT",
  ])("drops %j", (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(true);
  });

  it.each([
    "Read more about the plan in the council's report, published on Monday.",
    "Sign up for the scheme opened on Monday, officials said.",
    "Share prices fell by 4% on Tuesday.",
    "Copyright lawyers say the ruling will be appealed.",
    "Advertisement revenue fell by a third last year.",
    "March 2024 was the wettest on record.",
    "Related issues will be discussed next week.",
    "Photos of the flood were shared widely.",
  ])("keeps %j", (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });

  it("never drops a long paragraph", () => {
    expect(isBoilerplate(`Advertisement: ${"word ".repeat(50)}`)).toBe(false);
  });
});
