// The dedupe key of an article across feeds: the same page reached as "HTTPS://Example.com/a?utm_source=rss#top"
// and "https://example.com/a" is one article. Only changes that never select a different page are made.

const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$/i;

/**
 * The canonical form of an article URL: lower-case scheme and host (the URL parser does that), no fragment,
 * no tracking parameters, no default port. Returns undefined for a missing or unparseable URL, and the
 * input unchanged for non-http(s) schemes.
 */
export function canonicalUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return url.href;
  url.hash = "";
  // Rewriting the query re-encodes it, so it is only touched when there is tracking to remove.
  const tracking = [...url.searchParams.keys()].filter((name) => TRACKING_PARAM.test(name));
  for (const name of tracking) url.searchParams.delete(name);
  return url.href;
}
