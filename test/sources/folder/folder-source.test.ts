import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../../../src/library/sqlite/sqlite-store.js";
import { FolderSource } from "../../../src/sources/folder/folder-source.js";
import { watchFolder } from "../../../src/sources/folder/folder-watcher.js";
import { ManualClock } from "../manual-clock.js";

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
/** Waits (in real time, for file I/O) until `done()` holds, at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

function rig(): { dir: string; store: SqliteStore; source: FolderSource; write: (name: string, text: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-folder-"));
  const store = new SqliteStore({ path: ":memory:" });
  const source = new FolderSource({ folder: dir, store, sourceId: "folder:test" });
  const write = (name: string, text: string | Buffer): string => {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  return { dir, store, source, write };
}

const article = (headline: string, body: string): string => `${headline}\n\n${body} The mayor said the work would finish next year.\n`;

describe("FolderSource", () => {
  it("ingests every article file under the folder, and only article files", async () => {
    const { store, source, write } = rig();
    write("a.txt", article("Bridge reopens", "The bridge reopened on Friday."));
    write("b.md", "# Council votes\n\nThe council voted on the budget on Tuesday.\n");
    write("c.html", "<html><head><title>Harbour deal</title></head><body><article><h1>Harbour deal</h1><p>" + "The harbour deal was signed by both sides after long talks in the city. ".repeat(3) + "</p></article></body></html>");
    write("nested/deeper/d.markdown", "# Tram line\n\nA new tram line opens in spring.\n");
    write("e.htm", "<p>" + "Short page about the market reopening after the storm damage was repaired. ".repeat(3) + "</p>");
    write("digest.yaml", "topic: afghanistan\n");
    write(".draft.txt", article("Hidden", "Not yet."));
    write("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const result = await source.scan();
    expect(result.files).toBe(5);
    expect(result.changed.sort()).toEqual(["a.txt", "b.md", "c.html", "e.htm", join("nested", "deeper", "d.markdown")]);
    expect(result.problems).toEqual([]);
    expect(result.stored.every((put) => put.isNew)).toBe(true);
    expect(await store.countArticles()).toBe(5);
    const first = await store.getArticle(result.stored[0]?.articleId ?? "");
    expect(first).toMatchObject({ title: "Bridge reopens", sourceId: "folder:test" });
    expect(first?.source?.name).toBe("a.txt");
    expect((await store.listSources())[0]).toMatchObject({ sourceId: "folder:test", kind: "folder", consecutiveFailures: 0, articles: 5 });
  });

  it("re-ingests a file whose content changed, skips one that was only touched, forgets a deleted one", async () => {
    const { store, source, write } = rig();
    const a = write("a.txt", article("Bridge reopens", "The bridge reopened on Friday."));
    write("b.txt", article("Market opens", "The market opened on Saturday."));
    await source.scan();
    expect((await source.scan()).changed).toEqual([]);

    write("a.txt", article("Bridge reopens", "The bridge reopened on Friday, two weeks late."));
    utimesSync(a, new Date(), new Date(Date.now() + 5_000)); // some file systems keep whole-second times
    const changed = await source.scan();
    expect(changed.changed).toEqual(["a.txt"]);
    expect(changed.stored.map((put) => put.isNew)).toEqual([true]);
    expect((await store.getArticle(changed.stored[0]?.articleId ?? ""))?.paragraphs[0]).toContain("two weeks late");

    utimesSync(a, new Date(), new Date(Date.now() + 10_000));
    expect((await source.scan()).changed).toEqual([]);

    rmSync(a);
    const removed = await source.scan();
    expect(removed).toMatchObject({ files: 1, removed: ["a.txt"], changed: [] });
    expect(await store.countArticles()).toBe(3); // both versions of a.txt stay in the library
  });

  it("reports bad files in the source status and ingests the rest", async () => {
    const { store, source, write } = rig();
    write("good.txt", article("Bridge reopens", "The bridge reopened on Friday."));
    write("empty.txt", "");
    write("binary.html", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    write("login.html", "<html><body><nav><a href='/'>Home</a></nav><form><input name=user></form></body></html>");
    const result = await source.scan();
    expect(result.stored).toHaveLength(1);
    expect(result.problems.map((p) => p.file).sort()).toEqual(["binary.html", "empty.txt", "login.html"]);
    const [status] = await store.listSources();
    expect(status?.lastSuccess).toBeDefined();
    expect(status?.lastError).toMatch(/^3 files could not be ingested: binary\.html: That looks like a binary file/);
    expect(status?.lastError).toContain("empty.txt: That input is empty");

    // Still reported while they are there (without being re-read), gone once fixed.
    expect((await source.scan()).problems).toHaveLength(3);
    write("empty.txt", article("Now filled", "Text arrived later."));
    expect((await source.scan()).problems).toHaveLength(2);
  });

  it("reports a file over the size cap without reading it, and a missing folder", async () => {
    const { dir, store, write } = rig();
    const source = new FolderSource({ folder: dir, store, maxFileBytes: 100 });
    write("big.txt", article("Big", "x".repeat(200)));
    expect((await source.scan()).problems).toEqual([{ file: "big.txt", error: "the file is 0.0 MB, over the 0.0 MB limit" }]);
    const folder = join(dir, "nope");
    const missing = new FolderSource({ folder, store, sourceId: "folder:nope" });
    const result = await missing.scan();
    expect(result.problems).toEqual([{ file: folder, error: "the folder does not exist: create it and put article files in it" }]);
    const status = (await store.listSources()).find((s) => s.sourceId === "folder:nope");
    expect(status).toMatchObject({ lastError: `${folder}: the folder does not exist: create it and put article files in it` });
    expect(status?.lastSuccess).toBeUndefined();
    // Made later, it is read on the next scan.
    write("nope/late.txt", article("Late", "A folder made after the bot started."));
    expect((await missing.scan()).changed).toEqual(["late.txt"]);
  });

  it("puts the shipped sample article in the library out of the box", async () => {
    const store = new SqliteStore({ path: ":memory:" });
    const result = await new FolderSource({ folder: "briefings", store }).scan();
    expect(result.problems).toEqual([]);
    const titles = await Promise.all(result.stored.map(async (put) => (await store.getArticle(put.articleId))?.title));
    expect(titles).toContain("Blinken says Taliban legitimacy will have to be ’earned’");
  });
});

describe("watchFolder", () => {
  it("scans at once, then again every interval, until stopped", async () => {
    const { source, write } = rig();
    const clock = new ManualClock();
    const scans: number[] = [];
    write("a.txt", article("Bridge reopens", "The bridge reopened on Friday."));
    const watch = watchFolder(source, { intervalMs: 30_000, clock, onScan: (result) => scans.push(result.changed.length) });
    await until(() => scans.length === 1);
    expect(scans).toEqual([1]);
    write("b.txt", article("Market opens", "The market opened on Saturday."));
    await flush(); // the next scan is armed once the first has finished
    clock.advance(30_000);
    await until(() => scans.length === 2);
    expect(scans).toEqual([1, 1]);
    await watch.stop();
    clock.advance(300_000);
    await flush();
    expect(scans).toEqual([1, 1]);
    expect(clock.pending()).toEqual([]);
  });
});
