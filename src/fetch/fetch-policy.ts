import ipaddr from "ipaddr.js";

/**
 * Which otherwise-refused destinations a fetch may reach. By default (an empty list) loopback, private,
 * link-local, metadata and other non-public addresses are refused.
 * @example { allow: ["127.0.0.1", "10.1.0.0/16", "intranet.example", "*.corp.example"] }
 */
export interface FetchPolicy {
  /** Host names (exact, or "*.suffix" for subdomains), IP addresses and CIDR ranges. Default []. */
  allow: string[];
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = Object.freeze({ allow: [] }) as FetchPolicy;

const HOST_NAME = /^(?:\*\.)?[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?$/;

/** A bad allow-list entry, named so the person who wrote it can fix it. */
export class FetchPolicyError extends Error {
  override readonly name = "FetchPolicyError";
}

/** Splits a comma-separated allow-list and checks each entry is a host name, an IP address or a CIDR range. */
export function parseAllowList(text: string): string[] {
  const entries: string[] = [];
  for (const raw of text.split(",")) {
    const entry = normaliseEntry(raw);
    if (entry === "") continue;
    if (!isValidEntry(entry)) {
      throw new FetchPolicyError(`"${raw.trim()}" is not a host name, an IP address or a CIDR range (like 10.0.0.0/8)`);
    }
    entries.push(entry);
  }
  return entries;
}

/** Lower case, without IPv6 brackets or a trailing dot: the form hosts are compared in. */
export function normaliseEntry(raw: string): string {
  let entry = raw.trim().toLowerCase();
  if (entry.startsWith("[") && entry.includes("]")) entry = entry.slice(1, entry.indexOf("]")) + entry.slice(entry.indexOf("]") + 1);
  return entry.endsWith(".") ? entry.slice(0, -1) : entry;
}

function isValidEntry(entry: string): boolean {
  if (entry.includes("/")) return ipaddr.isValidCIDR(entry);
  return ipaddr.isValid(entry) || HOST_NAME.test(entry);
}
