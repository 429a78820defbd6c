import { z } from "zod";
import type { Subscription } from "./subscription.js";

// Stored as JSON so a new optional field needs no schema step; read back through a schema, so a row written
// by a newer or hand-edited version cannot smuggle in a malformed subscription.
const storedSubscription = z.object({
  id: z.string().min(1),
  channel: z.string().min(1),
  topic: z.string().min(1),
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  schedule: z.string().min(1),
  timeZone: z.string().min(1),
  maxStories: z.number().int().min(1),
  postWhenEmpty: z.boolean(),
  origin: z.enum(["chat", "file"]),
  createdAt: z.string(),
  createdBy: z.string().optional(),
});

/** The row body: everything but the disabled reason, which has its own column (it changes on its own). */
export function encodeSubscription(subscription: Subscription): string {
  return JSON.stringify({ ...subscription, disabledReason: undefined });
}

export function decodeSubscription(body: string, disabledReason: string | undefined): Subscription {
  const parsed = storedSubscription.parse(JSON.parse(body));
  const { createdBy, ...rest } = parsed;
  return { ...rest, ...(createdBy === undefined ? {} : { createdBy }), ...(disabledReason === undefined ? {} : { disabledReason }) };
}

/**
 * A file subscription as re-read from its file, keeping what the store knows and the file does not: when it
 * was first made, and that it was disabled (a file edit does not re-enable a target that is gone; changing
 * the target does).
 */
export function keepFileState(fromFile: Subscription, stored: Subscription | undefined): Subscription {
  if (stored === undefined) return fromFile;
  const disabledReason = stored.channel === fromFile.channel ? stored.disabledReason : undefined;
  return { ...fromFile, createdAt: stored.createdAt, ...(disabledReason === undefined ? {} : { disabledReason }) };
}
