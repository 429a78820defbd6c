import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { syncDigestFiles } from "../../src/digests/file-subscriptions.js";
import { SqliteDigestStore } from "../../src/digests/sqlite/sqlite-digest-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "nb-digest-files-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const NOW = new Date("2026-11-30T07:00:00Z");

describe("digest files become subscriptions", () => {
  it("makes one subscription per target, follows edits, and keeps a broken file's last good version", async () => {
    const store = new SqliteDigestStore(":memory:");
    const dir = folder({
      "ukraine.digest.yml": "topic: ukraine\nschedule: hourly\ntargets: [discord:111, 'slack:T1:C2']\nexclude: [football]\n",
      "notes.yml": "not: a digest\n",
      "article.txt": "Headline\n\nBody.",
    });
    expect(await syncDigestFiles(store, dir, NOW)).toEqual({ files: 1, subscriptions: 2, errors: [] });
    expect((await store.listSubscriptions()).map((s) => [s.id, s.channel, s.topic, s.schedule, s.exclude])).toEqual([
      ["file:ukraine:discord:111", "discord:111", "ukraine", "hourly", ["football"]],
      ["file:ukraine:slack:T1:C2", "slack:T1:C2", "ukraine", "hourly", ["football"]],
    ]);

    // A target removed and the schedule changed.
    writeFileSync(join(dir, "ukraine.digest.yml"), "topic: ukraine\nschedule: daily 09:00\ntargets: [discord:111]\n");
    await syncDigestFiles(store, dir, new Date("2026-12-01T00:00:00Z"));
    const [edited] = await store.listSubscriptions();
    expect(edited).toMatchObject({ id: "file:ukraine:discord:111", schedule: "daily 09:00", createdAt: NOW.toISOString() });
    expect(await store.listSubscriptions()).toHaveLength(1);

    // A typo: reported with file, line and field, and the subscription stays as it was.
    writeFileSync(join(dir, "ukraine.digest.yml"), "topic: ukraine\nschedule: daily 9 o'clock\ntargets: [discord:111]\n");
    const broken = await syncDigestFiles(store, dir, NOW);
    expect(broken.errors).toEqual([expect.stringMatching(/ukraine\.digest\.yml:2: schedule: /)]);
    expect((await store.listSubscriptions()).map((s) => s.schedule)).toEqual(["daily 09:00"]);

    // The file deleted: its subscriptions go.
    rmSync(join(dir, "ukraine.digest.yml"));
    await syncDigestFiles(store, dir, NOW);
    expect(await store.listSubscriptions()).toEqual([]);
    await store.close();
  });

  it("the shipped example file is valid", async () => {
    const store = new SqliteDigestStore(":memory:");
    const result = await syncDigestFiles(store, "briefings", NOW);
    expect(result.errors).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(1);
    await store.close();
  });
});
