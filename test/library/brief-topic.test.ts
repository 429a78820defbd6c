import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../../src/briefing/briefing.js";
import { briefTopic } from "../../src/library/brief-topic.js";
import { normalise } from "../../src/library/merge-quotes.js";
import { SqliteStore } from "../../src/library/sqlite/sqlite-store.js";
import type { TopicBriefing } from "../../src/library/topic-briefing.js";
import { benningTrade, evacuationStory, NOW, refugeesCanada, topicArticles } from "./fixtures/topic-articles.js";

let store: SqliteStore;
beforeEach(async () => {
  store = new SqliteStore({ path: ":memory:", now: () => NOW });
  await store.putArticles([...evacuationStory, benningTrade, refugeesCanada, ...topicArticles.map((t) => t.article)]);
});
afterEach(() => store.close());

function briefing(answer: TopicBriefing) {
  if (answer.kind !== "briefing") throw new Error(`expected a briefing, got ${JSON.stringify(answer)}`);
  return answer;
}

describe("briefTopic", () => {
  it("briefs the best story, naming all its sources, with each source's quotes once", async () => {
    const answer = briefing(await briefTopic(store, "Ramstein evacuation", { now: NOW }));
    expect(answer.briefing.sources.map((s) => s.name).sort()).toEqual(["Capital Wire", "Daily Ledger", "Rhine Post"]);
    const texts = answer.briefing.quotes.map((q) => normalise(q.text));
    // Two quotes are carried by two sources each: they appear once.
    expect(texts.filter((t) => t.startsWith("we will not abandon"))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith("every seat we fill"))).toHaveLength(1);
    // A quote only the Daily Ledger carries is merged in, attributed to it.
    const legitimacy = texts.findIndex((t) => t.startsWith("legitimacy is not something"));
    expect(legitimacy).toBeGreaterThanOrEqual(0);
    expect(answer.quoteSources[legitimacy]?.name).toBe("Daily Ledger");
    expect(answer.quoteSources).toHaveLength(answer.briefing.quotes.length);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("focuses on the topic and lists the next stories as 'also'", async () => {
    const answer = briefing(await briefTopic(store, "Benning", { now: NOW }));
    expect(answer.also.length).toBeGreaterThan(0);
    expect(answer.also.length).toBeLessThanOrEqual(3);
    expect(answer.also.map((a) => a.storyId)).not.toContain(answer.storyId);
    expect(answer.briefing.summary.length).toBeGreaterThan(0);
    expect(answer.briefing.engineVersion).toBe(ENGINE_VERSION);
  });

  it("accepts a story id", async () => {
    const { storyId } = briefing(await briefTopic(store, "malaria vaccine", { now: NOW }));
    const again = briefing(await briefTopic(store, storyId, { now: NOW }));
    expect(again.storyId).toBe(storyId);
    expect(again.briefing.headline).toContain("Malaria vaccine");
  });

  it("caches briefings by content hash and engine version", async () => {
    const first = briefing(await briefTopic(store, "hurricane", { now: NOW }));
    const article = await store.getArticle(first.briefing.articleId);
    expect(await store.getCachedBriefing(`${article!.contentHash}?q=hurricane`, ENGINE_VERSION)).toBeDefined();
    const second = briefing(await briefTopic(store, "hurricane", { now: NOW }));
    expect(second).toEqual(first);
  });

  it("answers a topic it does not hold with the closest topics and recent stories", async () => {
    const answer = await briefTopic(store, "afganistan", { now: NOW });
    expect(answer.kind).toBe("no-match");
    if (answer.kind !== "no-match") return;
    expect(answer.suggestions[0]?.toLowerCase()).toBe("afghanistan");
    expect(answer.recent.length).toBeGreaterThan(0);
    expect(answer.articles).toBe(10);
  });

  it("never answers with nothing: empty and hostile topics get a no-match with suggestions", async () => {
    for (const topic of ["", "🙂", '"', "(*:)", "zzyzx qqq"]) {
      const answer = await briefTopic(store, topic, { now: NOW });
      expect(answer.kind).toBe("no-match");
      if (answer.kind === "no-match") {
        expect(answer.suggestions.length).toBeGreaterThan(0);
        expect(answer.recent.length).toBeGreaterThan(0);
      }
    }
  });

  it("says the library is empty when it is", async () => {
    const empty = new SqliteStore({ path: ":memory:", now: () => NOW });
    const answer = await briefTopic(empty, "anything", { now: NOW });
    expect(answer).toEqual({ kind: "no-match", topic: "anything", suggestions: [], recent: [], articles: 0 });
    await empty.close();
  });
});
