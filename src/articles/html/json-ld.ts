/** What schema.org JSON-LD can tell about an article. Empty strings when absent. */
export interface JsonLdArticle {
  headline: string;
  datePublished: string;
  author: string;
  publisher: string;
}

/** Bigger scripts are not article metadata (some sites inline whole state blobs); skip, don't parse. */
const MAX_SCRIPT_CHARS = 256 * 1024;
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Reads the first article-typed node of the page's JSON-LD scripts (given as their texts), or else the
 * first node with a headline or date.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const nodes: JsonObject[] = [];
  for (const text of scripts) {
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      collectNodes(JSON.parse(text) as Json, nodes, 0);
    } catch {
      // Broken JSON-LD is common in the wild; the page's other metadata still counts.
    }
  }
  const node = nodes.find((candidate) => ARTICLE_TYPE.test(typeNames(candidate))) ??
    nodes.find((candidate) => typeof candidate.headline === "string" || typeof candidate.datePublished === "string");
  if (node === undefined) return { headline: "", datePublished: "", author: "", publisher: "" };
  return {
    headline: asText(node.headline),
    datePublished: asText(node.datePublished),
    author: names(node.author),
    publisher: names(node.publisher),
  };
}

/** Flattens arrays and @graph containers; depth-limited because the JSON is the page's, not ours. */
function collectNodes(value: Json, out: JsonObject[], depth: number): void {
  if (depth > 3 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value["@graph"];
  if (graph !== undefined) collectNodes(graph, out, depth + 1);
}

function typeNames(node: JsonObject): string {
  const type = node["@type"];
  if (typeof type === "string") return type;
  return Array.isArray(type) ? type.filter((item) => typeof item === "string").join(" ") : "";
}

function asText(value: Json | undefined): string {
  return typeof value === "string" ? value : "";
}

/** `"A"`, `{ name: "A" }` or a list of those, as "A, B". */
function names(value: Json | undefined): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(names).filter((name) => name !== "").join(", ");
  if (value !== null && typeof value === "object") return asText(value.name);
  return "";
}
