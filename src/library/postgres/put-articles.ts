import type pg from "pg";
import { leadAndBody } from "../rows/article-rows.js";
import { dedupeKeys, publicationTime, sourceKeyOf, type DedupeKeys } from "../rows/new-article-fields.js";
import type { NewArticle, PutResult } from "../store.js";
import { encodeKeys } from "../stories/stored-keys.js";
import { storyFeatures } from "../stories/story-features.js";
import { lockForTransaction, CLUSTERING_LOCK } from "./locks.js";
import { INDEXED_CHARS, searchWords } from "./search-text.js";
import type { StoryClusterer } from "./story-clusterer.js";

// The batch's dedupe keys are looked up in one query: under the clustering lock nobody else inserts meanwhile,
// and the batch's own inserts are added to the same maps (a round trip per article was a third of the time).
const FIND_EXISTING = `
  SELECT a.id AS "articleId", s.id AS "storyId", a.content_hash AS hash, a.url FROM articles AS a JOIN stories AS s ON s.seq = a.story
  WHERE a.content_hash = ANY ($1) OR a.url = ANY ($2) OR a.id = ANY ($3)`;
// One statement per new article, story row included: round trips are most of an insert's time here.
// $1-$22 are the article's columns (the `values` of insertArticle); $16 is the story's id (new story) or seq (existing).
const ARTICLE_COLUMNS = `id, content_hash, url, guid, source_id, source_key, source_json, byline, truncated,
    headline, lead, body, published, published_ms, fetched_at, story, sketch, story_keys, key_weight, search`;
const valuesWithStory = (story: string) => `($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, ${story}, $17, $18, $19,
    setweight(to_tsvector('simple', $20), 'A') || setweight(to_tsvector('simple', $21), 'B') || setweight(to_tsvector('simple', $22), 'C'))`;
/** Starts a story with the article (its first article and source). */
const INSERT_WITH_NEW_STORY = `
  WITH story AS (
    INSERT INTO stories (id, headline, updated, updated_ms, started_ms, article_count, source_count)
    VALUES ($16, $10, $13, $14, $14, 1, 1) RETURNING seq
  )
  INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES ${valuesWithStory("(SELECT seq FROM story)")}
  RETURNING seq, story`;
/**
 * Adds the article to story $16. Both parts see the database as it was before the statement, so the source
 * check finds only the story's earlier articles: a new publisher adds a source, another article of a known one does not.
 */
const INSERT_INTO_STORY = `
  WITH story AS (
    UPDATE stories SET
      article_count = article_count + 1,
      source_count = source_count + CASE WHEN EXISTS (SELECT 1 FROM articles WHERE story = $16 AND source_key = $6) THEN 0 ELSE 1 END,
      headline = CASE WHEN headline = '' THEN $10 ELSE headline END,
      updated = CASE WHEN $14 > updated_ms THEN $13 ELSE updated END,
      updated_ms = greatest(updated_ms, $14),
      started_ms = least(started_ms, $14)
    WHERE seq = $16 RETURNING id
  )
  INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES ${valuesWithStory("$16")}
  RETURNING seq, story, (SELECT id FROM story) AS "storyId"`;

/**
 * Stores a batch in the caller's transaction. First it takes the clustering lock: every article insert in the
 * database (per schema) is serialised, so a clustering decision always sees all articles stored before it and
 * two processes can neither store one article twice nor start two stories for one event. Then `knownSeq`
 * (the newest article this process knew of after its last batch) tells whether another process inserted
 * since: if so the in-memory clustering window is stale and is dropped. Returns the results and the newest
 * article seq after the batch.
 */
export async function putArticleBatch(
  client: pg.PoolClient,
  clusterer: StoryClusterer,
  inputs: readonly NewArticle[],
  now: Date,
  knownSeq: number | undefined,
): Promise<{ results: PutResult[]; newestSeq: number }> {
  await lockForTransaction(client, CLUSTERING_LOCK);
  const { rows } = await client.query<{ seq: string | null }>("SELECT max(seq) AS seq FROM articles");
  let newestSeq = Number(rows[0]?.seq ?? 0);
  if (newestSeq !== knownSeq) clusterer.clear();
  const keyed = inputs.map(dedupeKeys);
  const known = await findExisting(client, keyed);
  const results: PutResult[] = [];
  for (const [i, input] of inputs.entries()) {
    const keys = keyed[i]!;
    const existing = known.byHash.get(keys.hash) ?? (keys.url === null ? undefined : known.byUrl.get(keys.url)) ?? known.byId.get(keys.id);
    if (existing !== undefined) {
      results.push({ ...existing, isNew: false });
      continue;
    }
    const { result, seq } = await insertArticle(client, clusterer, input, keys, now);
    results.push(result);
    newestSeq = seq;
    const stored = { articleId: result.articleId, storyId: result.storyId };
    known.byHash.set(keys.hash, stored);
    if (keys.url !== null) known.byUrl.set(keys.url, stored);
    known.byId.set(keys.id, stored);
  }
  return { results, newestSeq };
}

type Stored = Omit<PutResult, "isNew">;

async function findExisting(client: pg.PoolClient, keys: readonly DedupeKeys[]): Promise<Record<"byHash" | "byUrl" | "byId", Map<string, Stored>>> {
  const urls = keys.flatMap((k) => (k.url === null ? [] : [k.url]));
  const { rows } = await client.query<Stored & { hash: string; url: string | null }>(FIND_EXISTING, [keys.map((k) => k.hash), urls, keys.map((k) => k.id)]);
  const found = { byHash: new Map<string, Stored>(), byUrl: new Map<string, Stored>(), byId: new Map<string, Stored>() };
  for (const { articleId, storyId, hash, url } of rows) {
    found.byHash.set(hash, { articleId, storyId });
    if (url !== null) found.byUrl.set(url, { articleId, storyId });
    found.byId.set(articleId, { articleId, storyId });
  }
  return found;
}

/** Inserts a new article into the story clustering chooses for it, or a story of its own. */
async function insertArticle(client: pg.PoolClient, clusterer: StoryClusterer, input: NewArticle, keys: DedupeKeys, now: Date): Promise<{ result: PutResult; seq: number }> {
  const { article } = input;
  const { hash, id, url } = keys;

  const { publishedMs, published } = publicationTime(input, now);
  const features = storyFeatures(article.title, article.paragraphs);
  const match = await clusterer.choose(client, features, publishedMs);
  const sourceKey = sourceKeyOf(input);
  const { lead, body } = leadAndBody(article.paragraphs);
  const values: unknown[] = [
    id, hash, url, input.guid ?? null, input.sourceId, sourceKey,
    article.source === undefined ? null : JSON.stringify(article.source),
    article.byline ?? null, article.truncated === true,
    article.title, lead, body, published, publishedMs, now.toISOString(),
    match === undefined ? `s-${id}` : match.storyRef,
    features.sketch, encodeKeys(features.keys), features.weight,
    searchWords(article.title, INDEXED_CHARS.headline), searchWords(lead, INDEXED_CHARS.lead), searchWords(body, INDEXED_CHARS.body),
  ];
  const { rows } = await client.query<{ seq: string; story: string; storyId?: string }>(match === undefined ? INSERT_WITH_NEW_STORY : INSERT_INTO_STORY, values);
  const row = rows[0]!;
  const seq = Number(row.seq);
  const storyRef = Number(row.story);
  const storyStartMs = match === undefined ? publishedMs : Math.min(publishedMs, match.storyStartMs);
  const movedStart = match !== undefined && publishedMs < match.storyStartMs;
  clusterer.add({ seq, storyRef, storyStartMs, keys: features.keys, weight: features.weight, sketch: features.sketch, publishedMs }, movedStart);
  return { result: { articleId: id, storyId: row.storyId ?? `s-${id}`, isNew: true }, seq };
}
