import { editDistance } from "./edit-distance.js";

/**
 * IANA time zone names, checked against the runtime's own time zone data (Intl), so a name is accepted
 * exactly when the conversions in wall-time.ts can use it.
 */

/** Letters, digits and "_+-" in "/"-separated parts: rules out offsets ("+01:00") that newer Intl accepts. */
const NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

let known: Map<string, string> | undefined;

/** The runtime's zone list by lower-case name. */
export function knownTimeZones(): ReadonlyMap<string, string> {
  known ??= new Map(Intl.supportedValuesOf("timeZone").map((name) => [name.toLowerCase(), name]));
  return known;
}

/**
 * The name to store for a time zone the user typed in any letter case, or undefined if it is not one.
 * A name in the runtime's list is returned as spelled there ("europe/berlin" gives "Europe/Berlin"). A valid
 * alias outside the list ("Asia/Kolkata", "US/Eastern", "UTC") is kept as typed when typed with capitals,
 * because ICU would rename it (Asia/Kolkata to Asia/Calcutta) and users expect to see their own name back;
 * typed all lower-case, ICU's spelling is used ("utc" gives "UTC").
 */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!NAME_SHAPE.test(trimmed)) return undefined;
  const listed = knownTimeZones().get(trimmed.toLowerCase());
  if (listed !== undefined) return listed;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return trimmed === trimmed.toLowerCase() ? resolved : trimmed;
}

/** True for an IANA time zone name (any letter case). */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/**
 * Up to `limit` zone names close to a mistyped one, best first: the same city in any region ("Berlin" or
 * "Asia/Berlin" suggest "Europe/Berlin"), then names within a few typing mistakes. Only used for error messages.
 */
export function suggestTimeZones(name: string, limit = 3): string[] {
  const wanted = name.trim().toLowerCase().replace(/ /g, "_");
  if (wanted === "") return [];
  const city = wanted.slice(wanted.lastIndexOf("/") + 1);
  const scored: { zone: string; score: number }[] = [];
  for (const [lower, zone] of knownTimeZones()) {
    const zoneCity = lower.slice(lower.lastIndexOf("/") + 1);
    const score = zoneCity === city ? 0 : Math.min(editDistance(lower, wanted), editDistance(zoneCity, city) + 1);
    if (score <= Math.max(2, Math.floor(wanted.length / 5))) scored.push({ zone, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone))
    .slice(0, limit)
    .map((s) => s.zone);
}

/** The message for a zone that is not one, with suggestions when there are close names. */
export function unknownTimeZoneMessage(name: string): string {
  const close = suggestTimeZones(name);
  const hint = close.length > 0 ? ` Did you mean ${close.join(" or ")}?` : "";
  return `"${name}" is not a time zone I know.${hint} Use an IANA name such as Europe/Berlin, America/New_York or UTC.`;
}
