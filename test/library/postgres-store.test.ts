import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "../../src/library/postgres/postgres-store.js";
import { SchemaTooNewError } from "../../src/library/postgres/migrate.js";
import { POSTGRES_MIGRATIONS } from "../../src/library/postgres/migrations.js";
import type { NewArticle, PutResult } from "../../src/library/store.js";
import { benningTrade, evacuationStory, NOW, refugeesCanada, topicArticles } from "./fixtures/topic-articles.js";
import { adminQuery, createTestSchema, postgresForTests, TEST_DATABASE_URL } from "./postgres-test-schema.js";

// What only PostgreSQL has to prove: several processes (here: several pools, each its own store) sharing one
// library, migrating at once, schemas kept apart. The shared behaviour is in postgres-contract.test.ts.

let schema: Awaited<ReturnType<typeof createTestSchema>>;
let stores: PostgresStore[] = [];
beforeEach(async () => {
  schema = await createTestSchema();
});
afterEach(async () => {
  for (const store of stores) await store.close();
  stores = [];
  await schema.drop();
});

async function open(inSchema = schema.schema): Promise<PostgresStore> {
  const store = await openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: inSchema, now: () => NOW, maxConnections: 3 });
  stores.push(store);
  return store;
}

const all: NewArticle[] = [...evacuationStory, benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)];
const byId = (results: PutResult[]) => new Map(results.map((r) => [r.articleId, r.storyId]));

describe.skipIf(!(await postgresForTests()))("PostgresStore with several processes", () => {
  it("stores each article once and clusters consistently when two instances insert the same articles at once", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    // One instance imports in batches, the other stores one by one in reverse order, all at the same time.
    const [batchA, singleB] = await Promise.all([
      Promise.all([a.putArticles(all.slice(0, 5)), a.putArticles(all.slice(5))]).then((parts) => parts.flat()),
      Promise.all([...all].reverse().map((input) => b.putArticle(input))),
    ]);
    expect(await a.countArticles()).toBe(all.length);
    expect(await b.countArticles()).toBe(all.length);
    // Whoever stored an article first, both instances report the same article and story for it.
    expect(byId(singleB)).toEqual(byId(batchA));
    expect(batchA.filter((r) => r.isNew).length + singleB.filter((r) => r.isNew).length).toBe(all.length);
    // The three reports of one event form one story; everything else stands alone; no empty story was left behind.
    const stories = byId(batchA);
    const event = new Set(evacuationStory.map((input) => stories.get(input.article.id)));
    expect(event.size).toBe(1);
    const [eventStory] = event;
    expect((await b.getStory(eventStory!))?.sources.map((s) => s.name).sort()).toEqual(["Capital Wire", "Daily Ledger", "Rhine Post"]);
    const distinct = new Set(stories.values());
    expect(distinct.size).toBe(all.length - 2);
    expect((await a.recentStories(100)).map((hit) => hit.storyId).sort()).toEqual([...distinct].sort());
    expect((await a.search("Ramstein", { now: NOW }))[0]).toMatchObject({ storyId: eventStory, sourceCount: 3 });
  });

  it("clusters with what another instance stored since, in one process's window", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    await a.putArticle(benningTrade); // a's window now holds that week
    const first = await b.putArticle(evacuationStory[0]!);
    const second = await a.putArticle(evacuationStory[1]!); // a must notice b's insert
    const third = await b.putArticle(evacuationStory[2]!); // and b a's
    expect(new Set([first.storyId, second.storyId, third.storyId]).size).toBe(1);
  });

  it("stores nothing of a batch that fails, and keeps working", async () => {
    const store = await open();
    // PostgreSQL text cannot hold NUL: the second insert fails after the first succeeded in the transaction.
    await expect(store.putArticles([evacuationStory[0]!, { ...evacuationStory[1]!, sourceId: "bad\u0000id" }])).rejects.toThrow();
    expect(await store.countArticles()).toBe(0);
    const results = await store.putArticles(evacuationStory);
    expect(results.every((r) => r.isNew)).toBe(true);
    expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
  });

  it("stores and finds a huge article: the index keeps its start, under PostgreSQL's 1 MB tsvector bound", async () => {
    const store = await open();
    // Every word distinct and in a three-byte script: the largest tsvector a text of this length can make.
    const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `${String.fromCharCode(0x4e00 + ((from + i) % 20_000))}${from + i}字`).join(" ");
    const paragraphs = [words(0, 40_000), ...Array.from({ length: 20 }, (_, p) => words(40_000 + p * 10_000, 10_000))];
    const huge: NewArticle = { article: { id: "0000000000000001", title: "Ledger of everything", paragraphs }, sourceId: "cli", published: NOW.toISOString() };
    expect((await store.putArticle(huge)).isNew).toBe(true);
    expect((await store.getArticle("0000000000000001"))?.paragraphs).toEqual(paragraphs);
    expect((await store.search("ledger", { now: NOW }))[0]?.articleId).toBe("0000000000000001");
    expect((await store.search(paragraphs[1]!.split(" ")[0]!, { now: NOW }))[0]?.articleId).toBe("0000000000000001");
  });

  it("migrates once when several instances start at once", async () => {
    await Promise.all([open(), open(), open(), open()]);
    const { rows } = await adminQuery(`SELECT version FROM ${schema.schema}.schema_migrations ORDER BY version`);
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version })));
  });

  it("refuses a library written by a newer newsbrief", async () => {
    await (await open()).close();
    await adminQuery(`INSERT INTO ${schema.schema}.schema_migrations (version, name) VALUES (99, 'from the future')`);
    await expect(openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: schema.schema })).rejects.toThrow(SchemaTooNewError);
  });

  it("keeps libraries in different schemas of one database apart", async () => {
    const other = await createTestSchema();
    try {
      const here = await open();
      const there = await open(other.schema);
      await here.putArticle(evacuationStory[0]!);
      await there.setChannelContext({ channel: "console:local", briefingJson: "{}", at: NOW.toISOString() });
      expect(await there.countArticles()).toBe(0);
      expect(await there.search("Ramstein", { now: NOW })).toEqual([]);
      expect(await here.getChannelContext("console:local")).toBeUndefined();
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await other.drop();
    }
  });

  it("rejects a schema name that is not a plain identifier, and a schema given twice", async () => {
    await expect(openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: "x; DROP TABLE y" })).rejects.toThrow(/schema name/);
    await expect(openPostgresStore({ connectionString: `${TEST_DATABASE_URL}?options=-c%20search_path%3Dx`, schema: "x" })).rejects.toThrow(/not both/);
  });
});
