import { z } from "zod";
import { parseSchedule, ScheduleError } from "./parse-schedule.js";
import { canonicalTimeZone, unknownTimeZoneMessage } from "./time-zone.js";

/** The channel refs a digest file may target: the shapes the adapters make (see adapters/<platform>/). */
const TARGET_SHAPES = [/^slack:[A-Z0-9]{2,32}:[A-Z0-9]{2,32}$/, /^discord:\d{1,20}$/, /^console:local$/];
const TARGET_HELP = "use slack:<team id>:<channel id> (slack:T0123ABCD:C0456EFGH), discord:<channel id> (discord:123456789012345678) or console:local";

function oneOrMany(value: unknown): unknown {
  return typeof value === "string" ? [value] : value;
}

/** One string or a list of them: `include: taliban` is as clear as a one-item list. */
function wordList(what: string) {
  const item = z.string({ error: `each ${what} must be text` }).trim().min(1, { error: `a ${what} cannot be empty` });
  return z.preprocess(oneOrMany, z.array(item, { error: `must be a list of ${what}s` }));
}

const target = z
  .string({ error: `must be a channel: ${TARGET_HELP}` })
  .trim()
  .refine((ref) => TARGET_SHAPES.some((shape) => shape.test(ref)), { error: (issue) => `"${String(issue.input)}" is not a channel: ${TARGET_HELP}` });

/** The fields of a digest file, in the order the shipped example documents them. Unknown fields are errors. */
export const digestFileSchema = z.strictObject({
  topic: z.string({ error: "must be text: the topic to search for, as in /brief <topic>" }).trim().min(1, { error: "cannot be empty" }),
  include: wordList("keyword").default([]),
  exclude: wordList("keyword").default([]),
  schedule: z
    .string({ error: "must be text such as daily 08:00 (a cron starting with * needs quotes)" })
    .default("daily 08:00")
    .transform((spec, context) => {
      try {
        return parseSchedule(spec);
      } catch (error) {
        if (!(error instanceof ScheduleError)) throw error;
        context.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    }),
  timezone: z
    .string({ error: "must be an IANA time zone name such as Europe/Berlin" })
    .default("UTC")
    .transform((name, context) => {
      const zone = canonicalTimeZone(name);
      if (zone === undefined) context.addIssue({ code: "custom", message: unknownTimeZoneMessage(name) });
      return zone ?? z.NEVER;
    }),
  targets: z.preprocess(
    oneOrMany,
    z.array(target, { error: `must list at least one channel: ${TARGET_HELP}` }).min(1, { error: `needs at least one channel: ${TARGET_HELP}` }),
  ),
  max_stories: z.int({ error: "must be a whole number from 1 to 10" }).min(1, { error: "must be at least 1" }).max(10, { error: "must be at most 10" }).default(5),
  post_when_empty: z.boolean({ error: "must be true or false" }).default(false),
});

export const DIGEST_FIELDS = Object.keys(digestFileSchema.shape);
