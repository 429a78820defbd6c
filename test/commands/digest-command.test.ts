import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Command } from "../../src/chat/command.js";
import type { Reply } from "../../src/chat/reply.js";
import { createCommandHandler } from "../../src/commands/handle-command.js";
import { SqliteDigestStore } from "../../src/digests/sqlite/sqlite-digest-store.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { evacuationStory, NOW as FIXTURE_NOW } from "../library/fixtures/topic-articles.js";
import { sampleLibrary } from "../support/sample-library.js";

let deps: Awaited<ReturnType<typeof sampleLibrary>>;
let store: SqliteDigestStore;
let handle: ReturnType<typeof createCommandHandler>;
const NOW = new Date("2021-09-09T12:00:00Z");

beforeEach(async () => {
  deps = await sampleLibrary(() => NOW);
  store = new SqliteDigestStore(":memory:");
  handle = createCommandHandler({ ...deps, digests: { store, defaultSchedule: "daily 08:00", defaultTimeZone: "UTC" } });
});
afterEach(async () => {
  await store.close();
  await deps.close();
});

const digest = (argument: string, extra: Partial<Command> = {}): Promise<Reply> =>
  handle({ name: "digest", argument, channel: "slack:T1:C1", userId: "U1", canManageDigests: true, ...extra });

function text(reply: Reply): string {
  return reply.kind === "notice" ? [reply.title, ...reply.lines].join("\n") : JSON.stringify(reply);
}

describe("/digest", () => {
  it("subscribes with a schedule and zone, lists it with the next slot, and unsubscribes by id or topic", async () => {
    const made = await digest("subscribe afghanistan weekdays 07:30 Europe/Berlin");
    expect(text(made)).toMatch(/^Subscribed: digest [0-9a-z]{6}/);
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({ channel: "slack:T1:C1", topic: "afghanistan", schedule: "weekdays 07:30", timeZone: "Europe/Berlin", origin: "chat", createdBy: "U1" });
    // 9 Sept 2021 is a Thursday: next is Friday 07:30 in Berlin.
    expect(text(await digest("list"))).toContain(`\`${sub!.id}\` “afghanistan”: weekdays at 07:30 (Europe/Berlin), next Fri 10 Sept, 07:30`);
    expect(text(await digest("list", { channel: "slack:T1:OTHER" }))).toContain("No digests in this channel");
    expect(text(await digest("unsubscribe AFGHANISTAN"))).toContain(`Unsubscribed: digest ${sub!.id}`);
    expect(await store.listSubscriptions()).toEqual([]);
    expect(text(await digest(`unsubscribe ${sub!.id}`))).toContain("No digest");
  });

  it("uses the defaults, and explains a bad schedule or zone", async () => {
    await digest("subscribe climate");
    expect((await store.listSubscriptions())[0]).toMatchObject({ topic: "climate", schedule: "daily 08:00", timeZone: "UTC" });
    const bad = await digest("subscribe climate daily 25:00");
    expect(bad).toMatchObject({ kind: "notice", tone: "warning" });
    expect(text(bad)).toMatch(/25:00/);
    expect(text(await digest("subscribe climate daily 08:00 Europe/Berln"))).toMatch(/Europe\/Berlin/);
    expect(text(await digest("subscribe"))).toMatch(/topic/i);
  });

  it("lets only managers change digests; everyone may list and preview", async () => {
    const refused = await digest("subscribe afghanistan", { canManageDigests: false });
    expect(refused).toMatchObject({ kind: "notice", tone: "warning", title: "You cannot change this channel's digests" });
    expect(await store.listSubscriptions()).toEqual([]);
    await digest("subscribe afghanistan");
    expect(text(await digest("unsubscribe afghanistan", { canManageDigests: undefined }))).toContain("cannot change");
    expect(text(await digest("list", { canManageDigests: false }))).toContain("1 digest in this channel");
  });

  it("previews what the next digest would hold, from the library, with the best quote", async () => {
    // A library whose story is a day old at the fixtures' clock: one story from three sources.
    const library = new SqliteStore({ path: ":memory:", now: () => FIXTURE_NOW });
    await library.putArticles(evacuationStory);
    const previewHandle = createCommandHandler({ ...deps, store: library, now: () => FIXTURE_NOW, digests: { store, defaultSchedule: "daily 08:00", defaultTimeZone: "UTC" } });
    const reply = await previewHandle({ name: "digest", argument: "preview afghanistan", channel: "slack:T1:C1", userId: "U2" });
    await library.close();
    expect(reply.kind).toBe("digest");
    if (reply.kind !== "digest") return;
    expect(reply.title).toBe("Preview: Digest: afghanistan");
    expect(reply.items).toHaveLength(1);
    expect(reply.items[0]?.headline).toMatch(/Afghanistan evacuations/);
    expect(reply.items[0]?.sources.map((s) => s.name)).toHaveLength(3);
    expect(reply.items[0]?.quote?.speaker?.name).toMatch(/Benning|Reinhardt/);
    expect(text(await digest("preview"))).toContain("Preview which topic?");
  });

  it("answers help and nonsense with the usage", async () => {
    for (const argument of ["", "help", "frobnicate now"]) expect(text(await digest(argument))).toContain("/digest subscribe <topic>");
  });
});
