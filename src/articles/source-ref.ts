import type { SourceRef } from "./article.js";

/**
 * The article's source: what the caller said (a feed's name and item date) wins over what the page says,
 * which wins over the URL. The name falls back to the URL's host ("reuters.com"). Undefined when
 * nothing at all is known, as for pasted text.
 */
export function buildSourceRef(given: SourceRef | undefined, found: Partial<SourceRef> | undefined, inputUrl?: string): SourceRef | undefined {
  const url = given?.url ?? found?.url ?? httpUrl(inputUrl);
  const name = given?.name || found?.name || hostName(url);
  if (name === "") return undefined;
  const source: SourceRef = { name };
  if (url !== undefined) source.url = url;
  const published = given?.published ?? found?.published;
  if (published !== undefined) source.published = published;
  return source;
}

function httpUrl(url?: string): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

function hostName(url?: string): string {
  if (url === undefined || !URL.canParse(url)) return "";
  const host = new URL(url).hostname;
  return host.startsWith("www.") ? host.slice(4) : host;
}
