import type { DigestStore } from "./digest-store.js";
import type { DigestDefinition } from "./schedule/digest-file.js";
import { loadDigestFiles } from "./schedule/digest-file.js";
import type { Subscription } from "./subscription.js";

/** One subscription per target of each digest file; the id ties it to the file and target for later syncs. */
export function fileSubscriptions(definitions: readonly DigestDefinition[], now: Date): Subscription[] {
  return definitions.flatMap((definition) =>
    definition.targets.map((target) => ({
      id: `file:${definition.id}:${target}`,
      channel: target,
      topic: definition.topic,
      include: definition.include,
      exclude: definition.exclude,
      schedule: definition.schedule.spec,
      timeZone: definition.timeZone,
      maxStories: definition.maxStories,
      postWhenEmpty: definition.postWhenEmpty,
      origin: "file" as const,
      // Kept from the stored row when the subscription already exists (see syncFileSubscriptions).
      createdAt: now.toISOString(),
    })),
  );
}

/**
 * Reads the digest files of the briefings folder and makes the store's file subscriptions match them. An
 * invalid file is reported (file, line, field) and changes nothing: its earlier subscriptions stay as they
 * were rather than vanish because of a typo. Returns the problems for the caller to print.
 */
export async function syncDigestFiles(store: DigestStore, folder: string, now: Date): Promise<{ files: number; subscriptions: number; errors: string[] }> {
  const { definitions, errors } = await loadDigestFiles(folder);
  const subscriptions = fileSubscriptions(definitions, now);
  if (errors.length > 0) {
    const broken = new Set(errors.map((error) => fileId(error.file)));
    const kept = (await store.listSubscriptions()).filter((s) => s.origin === "file" && broken.has(s.id.split(":")[1] ?? ""));
    subscriptions.push(...kept);
  }
  await store.syncFileSubscriptions(subscriptions);
  return { files: definitions.length, subscriptions: subscriptions.length, errors: errors.map((error) => error.message) };
}

function fileId(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.digest\.ya?ml$/i, "");
}
