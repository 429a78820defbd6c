/** Discord documents no embed URL limit; browsers and proxies agree on about 2,000, so a longer link is dropped. */
const MAX_URL = 2_000;

/** Only http(s) links may become an embed's link; anything else (javascript:, data:, garbage) is dropped. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url || url.length > MAX_URL) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An embed timestamp from a source's published date, or undefined when it is not a date. */
export function isoTimestamp(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const time = Date.parse(published);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
