import { describe, expect, it } from "vitest";
import { ingestArticle, type ArticleInput } from "../../src/articles/ingest.js";
import { fixture, sampleArticle } from "./fixtures.js";

/**
 * Best per-call CPU time over several rounds: CPU time (not wall time) and the minimum are the least
 * disturbed by other processes sharing the machine.
 */
function bestMsPerCall(input: ArticleInput, calls: number, rounds = 7): number {
  for (let i = 0; i < calls; i++) ingestArticle(input); // warm up the JIT
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const started = process.cpuUsage();
    for (let i = 0; i < calls; i++) ingestArticle(input);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000 / calls);
  }
  return best;
}

// Figures are printed for the report; the bounds are a few times the targets (0.05 ms per plain-text
// article of ~800 words, ~1-2.5 ms per HTML page) so that a busy CI machine does not fail them.
describe("ingest speed", () => {
  it("reads an ~800-word plain text in well under a tenth of a millisecond", () => {
    const ms = bestMsPerCall({ content: sampleArticle() }, 2_000);
    console.log(`plain text (sample article, 760 words): ${(ms * 1000).toFixed(1)} µs/article`);
    expect(ms).toBeLessThan(0.15);
  });

  it("reads the same text given as bytes", () => {
    const ms = bestMsPerCall({ content: new TextEncoder().encode(sampleArticle()) }, 2_000);
    console.log(`plain text as UTF-8 bytes: ${(ms * 1000).toFixed(1)} µs/article`);
    expect(ms).toBeLessThan(0.2);
  });

  it("reads an HTML page in a few milliseconds", () => {
    const ms = bestMsPerCall({ content: fixture("news-page.html"), contentType: "text/html" }, 100);
    console.log(`HTML (news-page.html, Readability + block walk): ${ms.toFixed(2)} ms/page`);
    expect(ms).toBeLessThan(15);
  });

  it("reads Markdown quickly", () => {
    const ms = bestMsPerCall({ content: fixture("article.md"), fileName: "article.md" }, 1_000);
    console.log(`Markdown (article.md): ${(ms * 1000).toFixed(1)} µs/article`);
    expect(ms).toBeLessThan(1);
  });
});
