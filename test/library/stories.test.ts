import { describe, expect, it } from "vitest";
import { articleId } from "../../src/articles/normalise.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import { benningTrade, evacuationStory, newArticle, NOW, refugeesCanada, topicArticles } from "./fixtures/topic-articles.js";

const memoryStore = () => new SqliteStore({ path: ":memory:", now: () => NOW });

describe("story clustering", () => {
  it("puts three sources' reports of one event in one story, naming every source", async () => {
    const store = memoryStore();
    const results = await store.putArticles(evacuationStory);
    expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
    const story = await store.getStory(results[0]!.storyId);
    expect(story?.articles.map((a) => a.source?.name)).toEqual(["Capital Wire", "Rhine Post", "Daily Ledger"]);
    expect(story?.sources.map((s) => s.name)).toEqual(["Capital Wire", "Rhine Post", "Daily Ledger"]);
    expect(story?.headline).toBe(evacuationStory[0]!.article.title);
    expect(story?.updated).toBe("2025-03-09T16:45:00.000Z");
    const [hit] = await store.search("Ramstein evacuation", { now: NOW });
    expect(hit?.sourceCount).toBe(3);
    await store.close();
  });

  it("forms the same story whatever order the sources arrive in", async () => {
    const store = memoryStore();
    const results = await store.putArticles([...evacuationStory].reverse());
    expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
    await store.close();
  });

  it("keeps unrelated articles apart, even sharing a name on the same day or a topic weeks apart", async () => {
    const store = memoryStore();
    const event = await store.putArticles(evacuationStory);
    const others = await store.putArticles([benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)]);
    const ids = others.map((r) => r.storyId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(event[0]!.storyId);
    await store.close();
  });

  it("joins a lightly edited copy (a wire story republished) to its original's story", async () => {
    const store = memoryStore();
    const original = evacuationStory[0]!;
    const paragraphs = original.article.paragraphs.map((p, i) => (i === 3 ? p.replace("actions", "deeds") : p));
    const title = "Ramstein: US, Germany vow to continue Afghan evacuation flights";
    const copy = newArticle("Regional Courier", "https://regional.example/rss", title, paragraphs, "2025-03-09T18:00:00Z");
    copy.article.id = articleId(title, paragraphs);
    const a = await store.putArticle(original);
    const b = await store.putArticle(copy);
    expect(b.isNew).toBe(true);
    expect(b.storyId).toBe(a.storyId);
    await store.close();
  });

  it("does not join the same event reported outside the time window", async () => {
    const store = memoryStore();
    const [first, second] = evacuationStory;
    const a = await store.putArticle(first!);
    const b = await store.putArticle({ ...second!, published: "2025-03-20T10:00:00Z" });
    expect(b.storyId).not.toBe(a.storyId);
    await store.close();
  });

  it("is deterministic: the same articles give the same story ids", async () => {
    const run = async () => {
      const store = memoryStore();
      const results = await store.putArticles([...evacuationStory, benningTrade, refugeesCanada]);
      await store.close();
      return results.map((r) => r.storyId);
    };
    expect(await run()).toEqual(await run());
  });
});
