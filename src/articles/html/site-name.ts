// Page titles often carry the site's name: "Blinken warns Taliban - Example News" or "Example News | ...".

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", ": "];

/** Removes a known site name from the end or start of a title, with its separator. */
export function stripSiteName(title: string, siteName: string): string {
  if (siteName === "" || title.length <= siteName.length) return title;
  const lowerTitle = title.toLowerCase();
  const lowerSite = siteName.toLowerCase();
  for (const separator of SEPARATORS) {
    if (lowerTitle.endsWith(separator + lowerSite)) {
      return title.slice(0, title.length - separator.length - siteName.length).trim() || title;
    }
    if (lowerTitle.startsWith(lowerSite + separator)) {
      return title.slice(siteName.length + separator.length).trim() || title;
    }
  }
  return title;
}
