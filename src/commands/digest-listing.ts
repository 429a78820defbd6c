import type { ChannelRef } from "../chat/command.js";
import { parseSchedule } from "../digests/schedule/parse-schedule.js";
import { nextSlot } from "../digests/schedule/slots.js";
import type { Subscription } from "../digests/subscription.js";

/** "afghanistan: daily at 08:00 (Europe/Berlin), next Mon 30 Nov, 08:00" plus filters and a disabled reason. */
export function describeSubscription(subscription: Subscription, now: Date): string {
  const schedule = parseSchedule(subscription.schedule);
  const parts = [`“${subscription.topic}”: ${schedule.label} (${subscription.timeZone})`];
  if (subscription.include.length > 0) parts.push(`only with ${subscription.include.join(", ")}`);
  if (subscription.exclude.length > 0) parts.push(`never with ${subscription.exclude.join(", ")}`);
  if (subscription.disabledReason !== undefined) {
    parts.push(`STOPPED: ${subscription.disabledReason}`);
  } else {
    const next = nextSlot(schedule, subscription.timeZone, now);
    if (next !== undefined) parts.push(`next ${formatLocal(next.at, subscription.timeZone)}`);
  }
  if (subscription.origin === "file") parts.push("from a digest file");
  return parts.join(", ");
}

/** A channel's subscription by id, or else by topic (any case). */
export function findChannelSubscription(subscriptions: Subscription[], channel: ChannelRef, idOrTopic: string): Subscription | undefined {
  const wanted = idOrTopic.trim().toLowerCase();
  if (wanted === "") return undefined;
  const mine = subscriptions.filter((s) => s.channel === channel);
  return mine.find((s) => s.id.toLowerCase() === wanted) ?? mine.find((s) => s.topic.toLowerCase() === wanted);
}

function formatLocal(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}
