import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DigestFileError, loadDigestFiles, parseDigestFile } from "../../../src/digests/schedule/digest-file.js";

const FILE = "briefings/x.digest.yml";
const valid = ["topic: afghanistan", "schedule: weekdays 07:30", "timezone: Europe/Berlin", "targets:", "  - console:local", ""].join("\n");

function problem(text: string, file = FILE): DigestFileError {
  try {
    parseDigestFile(file, text);
  } catch (error) {
    if (error instanceof DigestFileError) return error;
    throw error;
  }
  throw new Error("expected a DigestFileError");
}

describe("parseDigestFile", () => {
  it("reads a minimal file with every default", () => {
    expect(parseDigestFile("briefings/afghan-news.digest.yaml", "topic: afghanistan\ntargets: console:local\n")).toEqual({
      id: "afghan-news",
      file: "briefings/afghan-news.digest.yaml",
      topic: "afghanistan",
      include: [],
      exclude: [],
      schedule: { spec: "daily 08:00", cron: "0 8 * * *", label: "daily at 08:00" },
      timeZone: "UTC",
      targets: ["console:local"],
      maxStories: 5,
      postWhenEmpty: false,
    });
  });

  it("reads every field", () => {
    const text = [
      "topic: taliban talks",
      "include: [kabul, doha]",
      "exclude: cricket",
      'schedule: "*/30 9-17 * * 1-5"',
      "timezone: america/new_york",
      "targets: [slack:T0123ABCD:C0456EFGH, discord:123456789012345678, console:local]",
      "max_stories: 10",
      "post_when_empty: true",
    ].join("\n");
    expect(parseDigestFile(FILE, text)).toMatchObject({
      id: "x",
      topic: "taliban talks",
      include: ["kabul", "doha"],
      exclude: ["cricket"],
      schedule: { cron: "*/30 9-17 * * 1-5" },
      timeZone: "America/New_York",
      targets: ["slack:T0123ABCD:C0456EFGH", "discord:123456789012345678", "console:local"],
      maxStories: 10,
      postWhenEmpty: true,
    });
  });

  it.each([
    ["a bad time", valid.replace("weekdays 07:30", "daily 25:00"), 2, "schedule", /^briefings\/x\.digest\.yml:2: schedule: "25:00" is not a time of day/],
    ["an unknown key, with the likely one", `${valid}shedule: daily 08:00\n`, 6, "shedule", /:6: shedule: unknown field: did you mean schedule\?$/],
    ["an unknown key far from any", `${valid}colour: blue\n`, 6, "colour", /unknown field: the fields are topic, include, exclude, schedule/],
    ["a wrong type", `${valid}max_stories: five\n`, 6, "max_stories", /:6: max_stories: must be a whole number from 1 to 10$/],
    ["a number out of range", `${valid}max_stories: 11\n`, 6, "max_stories", /must be at most 10/],
    ["a list where a yes/no belongs", `${valid}post_when_empty: [yes]\n`, 6, "post_when_empty", /must be true or false/],
    ["a bad zone", valid.replace("Europe/Berlin", "Europe/Berln"), 3, "timezone", /:3: timezone: "Europe\/Berln" is not a time zone I know\. Did you mean Europe\/Berlin\?/],
    ["a bad target", valid.replace("console:local", "slack:C0456"), 5, "targets[0]", /:5: targets\[0\]: "slack:C0456" is not a channel: use slack:<team id>:<channel id>/],
    ["an empty target list", valid.replace("  - console:local\n", "").concat("max_stories: 3\n"), 4, "targets", /:4: targets: must list at least one channel/],
    ["an empty topic", valid.replace("topic: afghanistan", 'topic: ""'), 1, "topic", /:1: topic: cannot be empty/],
    ["a duplicate key", `${valid}topic: again\n`, 6, "topic", /:6: topic: appears twice: keep one$/],
    ["an unquoted cron", valid.replace("weekdays 07:30", "*/15 * * * *"), 2, "schedule", /:2: schedule: not valid YAML: .*a value that starts with \* must be quoted/],
    ["a bad cron", valid.replace("weekdays 07:30", "0 25 * * *"), 2, "schedule", /"25" is not a valid hour/],
    ["a six-field cron", valid.replace("weekdays 07:30", '"0 0 9 * * *"'), 2, "schedule", /seconds field is not supported/],
  ])("names file, line and field for %s", (_what, text, line, field, message) => {
    const error = problem(text);
    expect(error.message).toMatch(message);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(line);
    expect(error.field).toBe(field);
  });

  it("says which required field is missing", () => {
    expect(problem("topic: afghanistan\n").message).toMatch(/^briefings\/x\.digest\.yml: targets: required: must list at least one channel/);
    expect(problem("targets: [console:local]\n").message).toMatch(/^briefings\/x\.digest\.yml: topic: required: must be text/);
  });

  it("reports the first problem in the file", () => {
    expect(problem("topic: 5\ntargets: [nowhere]\nmax_stories: 0\n").line).toBe(1);
  });

  it.each([
    ["an empty file", "", /:1: the file is empty: a digest needs at least a topic and targets/],
    ["only comments", "# nothing yet\n", /the file is empty/],
    ["plain text", "This is an article, not a digest.\n", /:1: expected fields such as "topic:" and "targets:", found text/],
    ["a list", "- topic: x\n", /found a list/],
    ["junk", "topic: [unclosed\ntargets: {\n", /not valid YAML/],
    ["binary", "\u0000\u0001\u0002PNG", /found text|not valid YAML/],
    ["two documents", `${valid}---\n${valid}`, /not valid YAML/],
  ])("refuses %s", (_what, text, message) => {
    expect(problem(text).message).toMatch(message);
  });

  it("refuses a file name that cannot be an id", () => {
    expect(problem(valid, "briefings/my digest.digest.yml").message).toMatch(/the name before \.digest\.yml is the digest's id/);
  });
});

describe("loadDigestFiles", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the digest files of a folder in name order, reports bad ones, and leaves articles and other YAML alone", async () => {
    dir = mkdtempSync(join(tmpdir(), "digests-"));
    writeFileSync(join(dir, "b.digest.yml"), valid);
    writeFileSync(join(dir, "a.digest.YAML"), valid.replace("afghanistan", "climate"));
    writeFileSync(join(dir, "bad.digest.yml"), "topic: x\n");
    writeFileSync(join(dir, "b.digest.yaml"), valid);
    writeFileSync(join(dir, "article.txt"), "An article.");
    writeFileSync(join(dir, "feeds.yml"), "not: a digest\n");
    const { definitions, errors } = await loadDigestFiles(dir);
    expect(definitions.map((d) => [d.id, d.topic])).toEqual([["a", "climate"], ["b", "afghanistan"]]);
    expect(errors.map((e) => e.message)).toEqual([
      `${join(dir, "b.digest.yml")}: same digest id "b" as ${join(dir, "b.digest.yaml")}: rename one of them`,
      `${join(dir, "bad.digest.yml")}: targets: required: must list at least one channel: use slack:<team id>:<channel id> (slack:T0123ABCD:C0456EFGH), discord:<channel id> (discord:123456789012345678) or console:local`,
    ]);
  });

  it("reads a missing folder as no digests, and reports a path it cannot read as a folder as one error", async () => {
    dir = mkdtempSync(join(tmpdir(), "digests-"));
    expect(await loadDigestFiles(join(dir, "missing"))).toEqual({ definitions: [], errors: [] });
    writeFileSync(join(dir, "a-file"), "not a folder");
    const { definitions, errors } = await loadDigestFiles(join(dir, "a-file"));
    expect(definitions).toEqual([]);
    expect(errors[0]?.message).toMatch(/a-file: cannot read the folder: ENOTDIR/);
  });

  it("finds the shipped example valid", async () => {
    const { definitions, errors } = await loadDigestFiles("briefings");
    expect(errors).toEqual([]);
    expect(definitions).toContainEqual(
      expect.objectContaining({ id: "afghanistan", file: join("briefings", "afghanistan.digest.yml"), targets: ["console:local"], timeZone: "Europe/Berlin" }),
    );
  });
});
