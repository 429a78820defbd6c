import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeFeedServer } from "../fakes/feed-server.js";
import { cli } from "../support/cli-io.js";

const paragraph = (topic: string, n: number) =>
  `The ${topic} story continues with detail number ${n}, as officials described the situation in full to reporters on Monday.`;
const article = (headline: string, topic: string) => `${headline}\n\n${[1, 2, 3, 4].map((n) => paragraph(topic, n)).join("\n\n")}\n`;

const rss = (items: Array<{ title: string; link: string; body: string }>) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://127.0.0.1/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid><description><![CDATA[${i.body}]]></description></item>`).join("\n")}
</channel></rss>`;

describe("library commands: ingest, search, brief <topic>, sources", () => {
  const env = { NEWSBRIEF_DATA_DIR: mkdtempSync(join(tmpdir(), "newsbrief-lib-cli-")), NEWSBRIEF_FETCH_ALLOW: "127.0.0.1" };
  let server: FakeFeedServer;
  const folder = mkdtempSync(join(tmpdir(), "newsbrief-folder-"));
  const longBody = (topic: string) => [1, 2, 3, 4, 5, 6, 7].map((n) => `<p>${paragraph(topic, n)}</p>`).join("");

  beforeAll(async () => {
    writeFileSync(join(folder, "volcano.txt"), article("Volcano erupts near village", "volcano"));
    writeFileSync(join(folder, "budget.md"), `# Council passes budget\n\n${paragraph("budget", 1)}\n\n${paragraph("budget", 2)}\n`);
    writeFileSync(join(folder, "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 5]));
    server = await FakeFeedServer.start();
    server.route("/feed.xml", {
      headers: { "content-type": "application/rss+xml" },
      body: rss([
        { title: "Glacier melts faster", link: server.url("/glacier"), body: longBody("glacier") },
        { title: "Harbour reopens to ships", link: server.url("/harbour"), body: longBody("harbour") },
      ]),
    });
    server.route("/page", {
      headers: { "content-type": "text/html" },
      body: `<html><head><title>Stadium plan approved</title></head><body><article><h1>Stadium plan approved</h1>${longBody("stadium")}</article></body></html>`,
    });
  });
  afterAll(async () => server.close());

  it("ingests a folder, a feed and a page, and reports each", async () => {
    const { code, stdout, stderr } = await cli(["ingest", folder, server.url("/feed.xml"), server.url("/page")], "", env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("3 files, 2 new articles; 1 could not be read");
    expect(stdout).toContain("feed with 2 items, 2 new articles");
    expect(stdout).toContain("stored the page as an article");
  });

  it("finds each topic's story first, with stemming", async () => {
    for (const [query, headline] of [
      ["volcanic", "Volcano erupts near village"],
      ["glaciers", "Glacier melts faster"],
      ["harbour", "Harbour reopens to ships"],
      ["stadium", "Stadium plan approved"],
    ] as const) {
      const { stdout } = await cli(["search", query], "", env);
      expect(stdout.split("\n")[0]).toContain(headline);
    }
  });

  it("briefs a topic from the library, and answers helpfully when nothing matches", async () => {
    const found = await cli(["brief", "glacier"], "", env);
    expect(found.code).toBe(0);
    expect(found.stdout.split("\n")[0]).toBe("Glacier melts faster");
    const json = await cli(["brief", "--format", "json", "afghanistan"], "", env);
    expect(JSON.parse(json.stdout)).toMatchObject({ input: "afghanistan", headline: expect.stringContaining("Blinken") });
    const none = await cli(["brief", "zebras"], "", env);
    expect(none.stdout).toContain("No story about “zebras”");
    expect(none.stdout).toContain("Recent stories:");
  });

  it("lists each source's status, with the folder's unreadable file", async () => {
    const { stdout } = await cli(["sources"], "", env);
    expect(stdout).toContain(server.url("/feed.xml"));
    expect(stdout).toMatch(/folder .*newsbrief-folder-.*broken\.txt/);
  });
});
