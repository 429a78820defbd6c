import { randomBytes } from "node:crypto";
import type { Command } from "../chat/command.js";
import type { Reply } from "../chat/reply.js";
import { composeDigest } from "../digests/compose-digest.js";
import type { DigestStore } from "../digests/digest-store.js";
import { ScheduleError } from "../digests/schedule/parse-schedule.js";
import { parseSubscribeArgs } from "../digests/schedule/subscribe-args.js";
import type { Subscription } from "../digests/subscription.js";
import type { CommandDeps } from "./command-deps.js";
import { describeSubscription, findChannelSubscription } from "./digest-listing.js";

/** What `/digest` needs besides the library. */
export interface DigestCommandDeps {
  store: DigestStore;
  /** Used when `/digest subscribe` names no schedule / no time zone. */
  defaultSchedule: string;
  defaultTimeZone: string;
}

/** More than this many digests in one channel is almost certainly a mistake (or abuse); files are not counted. */
const MAX_PER_CHANNEL = 25;
const PREVIEW_WINDOW_MS = 24 * 60 * 60 * 1000;

/** `/digest subscribe|list|unsubscribe|preview|help`. Everyone may list and preview; changes need permission. */
export async function runDigest(deps: CommandDeps, command: Command): Promise<Reply> {
  const digests = deps.digests;
  if (digests === undefined) return notice("Digests are not running in this bot", ["Start the bot with `newsbrief start` to use `/digest`."], "warning");
  const [verb = "", ...rest] = command.argument.trim().split(/\s+/);
  const argument = rest.join(" ");
  switch (verb.toLowerCase()) {
    case "subscribe":
      return guarded(command, () => subscribe(deps, digests, command, argument));
    case "unsubscribe":
      return guarded(command, () => unsubscribe(digests, command, argument));
    case "list":
      return list(deps, digests, command);
    case "preview":
      return preview(deps, digests, command, argument);
    default:
      return digestHelp(digests);
  }
}

async function guarded(command: Command, change: () => Promise<Reply>): Promise<Reply> {
  if (command.canManageDigests === true) return change();
  return notice("You cannot change this channel's digests", [
    "Subscribing and unsubscribing need the Manage Channels permission on Discord, or a place on the bot's digest allow-list on Slack (`SLACK_DIGEST_MANAGERS`).",
    "Anyone may `/digest list` and `/digest preview <topic>`.",
  ], "warning");
}

async function subscribe(deps: CommandDeps, digests: DigestCommandDeps, command: Command, text: string): Promise<Reply> {
  let parsed;
  try {
    parsed = parseSubscribeArgs(text, { schedule: digests.defaultSchedule, timeZone: digests.defaultTimeZone });
  } catch (error) {
    if (error instanceof ScheduleError) return notice("That digest could not be set up", [error.message], "warning");
    throw error;
  }
  const existing = (await digests.store.listSubscriptions()).filter((s) => s.channel === command.channel);
  if (existing.filter((s) => s.origin === "chat").length >= MAX_PER_CHANNEL) {
    return notice("This channel has too many digests", [`A channel can have ${MAX_PER_CHANNEL}; \`/digest unsubscribe <id>\` one first.`], "warning");
  }
  const subscription: Subscription = {
    id: newId(existing),
    channel: command.channel,
    topic: parsed.topic,
    include: [],
    exclude: [],
    schedule: parsed.schedule.spec,
    timeZone: parsed.timeZone,
    maxStories: 5,
    postWhenEmpty: false,
    origin: "chat",
    createdAt: deps.now().toISOString(),
    createdBy: command.userId,
  };
  await digests.store.putSubscription(subscription);
  return notice(`Subscribed: digest ${subscription.id}`, [
    describeSubscription(subscription, deps.now()),
    `Unsubscribe with \`/digest unsubscribe ${subscription.id}\`; see what it would hold with \`/digest preview ${subscription.topic}\`.`,
  ]);
}

async function unsubscribe(digests: DigestCommandDeps, command: Command, text: string): Promise<Reply> {
  const found = findChannelSubscription(await digests.store.listSubscriptions(), command.channel, text);
  if (found === undefined) return notice(`No digest “${text}” in this channel`, ["`/digest list` shows this channel's digests and their ids."]);
  if (found.origin === "file") {
    return notice(`Digest ${found.id} comes from a file`, ["It is defined in the bot's briefings folder; remove this channel from the file's `targets` to stop it."]);
  }
  await digests.store.removeSubscription(found.id);
  return notice(`Unsubscribed: digest ${found.id}`, [`No more digests on “${found.topic}” here.`]);
}

async function list(deps: CommandDeps, digests: DigestCommandDeps, command: Command): Promise<Reply> {
  const mine = (await digests.store.listSubscriptions()).filter((s) => s.channel === command.channel);
  if (mine.length === 0) return notice("No digests in this channel", ["Subscribe with e.g. `/digest subscribe afghanistan daily 08:00 Europe/Berlin`."]);
  return notice(`${mine.length} digest${mine.length === 1 ? "" : "s"} in this channel`, mine.map((s) => `\`${s.id}\` ${describeSubscription(s, deps.now())}`));
}

async function preview(deps: CommandDeps, digests: DigestCommandDeps, command: Command, topic: string): Promise<Reply> {
  if (topic === "") return notice("Preview which topic?", ["For example `/digest preview afghanistan`."]);
  const now = deps.now();
  const subscriptions = await digests.store.listSubscriptions();
  const existing = findChannelSubscription(subscriptions, command.channel, topic);
  const settled = existing === undefined ? undefined : (await digests.store.lastSettled()).get(existing.id);
  const subscription = existing ?? { topic, include: [], exclude: [], maxStories: 5, timeZone: digests.defaultTimeZone };
  const since = settled ?? new Date(now.getTime() - PREVIEW_WINDOW_MS);
  const composed = await composeDigest(deps.store, subscription, { since, until: now }, (ids) => digests.store.sentStories(command.channel, ids));
  return { ...composed.reply, title: `Preview: ${composed.reply.title}` };
}

function digestHelp(digests: DigestCommandDeps): Reply {
  return notice("Digests: new stories on your topics, posted on schedule", [
    `\`/digest subscribe <topic> [schedule] [time zone]\`: e.g. \`/digest subscribe afghanistan weekdays 07:30 Europe/Berlin\` (default: ${digests.defaultSchedule}, ${digests.defaultTimeZone})`,
    "Schedules: `daily HH:MM`, `weekdays HH:MM`, `hourly`, `every N hours`, or a cron expression such as `0 9 * * 1`",
    "`/digest list`: this channel's digests and when each comes next",
    "`/digest unsubscribe <id or topic>`",
    "`/digest preview <topic>`: what the next digest would hold",
    "Each story is sent to a channel once, with its best quote; nothing new means no post.",
  ]);
}

function notice(title: string, lines: string[], tone: "info" | "warning" = "info"): Reply {
  return { kind: "notice", tone, title, lines };
}

// Six base-36 characters: short enough to type, and checked against the channel's others.
function newId(existing: Subscription[]): string {
  for (;;) {
    const id = BigInt(`0x${randomBytes(5).toString("hex")}`).toString(36).slice(0, 6).padStart(6, "0");
    if (!existing.some((s) => s.id === id)) return id;
  }
}
