import ipaddr from "ipaddr.js";
import { normaliseEntry, type FetchPolicy } from "./fetch-policy.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** A policy in the form it is checked in: host names in a set, addresses and ranges parsed once. */
interface CompiledPolicy {
  hosts: Set<string>;
  /** "*.example.com" entries, kept as ".example.com". */
  suffixes: string[];
  ranges: [Address, number][];
}

/** Cloud metadata endpoints named as such in refusals: the address an SSRF attack most often wants. */
const METADATA = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2"]);

/** Plain words for ipaddr.js range names; anything not listed (and not "unicast") is "reserved". */
const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private address",
  uniqueLocal: "a private (unique-local) address",
  linkLocal: "a link-local address",
  carrierGradeNat: "a carrier-grade NAT (shared) address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  teredo: "a tunnel (Teredo) address",
};

const compiled = new WeakMap<FetchPolicy, CompiledPolicy>();

/**
 * Why `address` may not be fetched, in words ("a private address"), or undefined when it may: it is a
 * public unicast address, or the policy allows the address or the host name that resolved to it.
 * IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, IPv4-compatible, NAT64 64:ff9b::/96,
 * 6to4) are judged by that IPv4 address, so ::ffff:127.0.0.1 is loopback.
 */
export function addressRefusal(address: string, hostname: string, policy: FetchPolicy): string | undefined {
  if (!ipaddr.isValid(address)) return "not a valid IP address";
  const parsed = unwrapIpv4(ipaddr.parse(address));
  if (isAllowed(parsed, hostname, compile(policy))) return undefined;
  return describeBlocked(parsed);
}

/** The address in its usual written form (IPv4 inside IPv6 unwrapped), for messages. */
export function displayAddress(address: string): string {
  return ipaddr.isValid(address) ? unwrapIpv4(ipaddr.parse(address)).toString() : address;
}

function describeBlocked(address: Address): string | undefined {
  if (METADATA.has(address.toString())) return "a cloud metadata address";
  const range = address.range();
  if (range === "unicast") return undefined;
  return RANGE_WORDS[range] ?? "a reserved address";
}

function isAllowed(address: Address, hostname: string, policy: CompiledPolicy): boolean {
  const host = normaliseEntry(hostname);
  if (policy.hosts.has(host)) return true;
  for (const suffix of policy.suffixes) if (host.endsWith(suffix)) return true;
  for (const [network, bits] of policy.ranges) {
    if (network.kind() === address.kind() && address.match(network, bits)) return true;
  }
  return false;
}

/** The IPv4 address an IPv6 address stands for, if it embeds one the network would route to. */
function unwrapIpv4(address: Address): Address {
  if (address.kind() === "ipv4") return address;
  const v6 = address as ipaddr.IPv6;
  const range = v6.range();
  const p = v6.parts;
  if (range === "ipv4Mapped" || range === "rfc6145" || isNat64(v6) || (isIpv4Compatible(v6) && !isSpecialV6(v6))) {
    return fromParts(p[6] ?? 0, p[7] ?? 0);
  }
  if (range === "6to4") return fromParts(p[1] ?? 0, p[2] ?? 0);
  return address;
}

function fromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function isNat64(address: ipaddr.IPv6): boolean {
  const p = address.parts;
  return p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0;
}

/** ::a.b.c.d (deprecated by RFC 4291): the first 96 bits zero. */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  const p = address.parts;
  return p[0] === 0 && p[1] === 0 && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0;
}

/** :: and ::1 keep their own meaning (unspecified, loopback) instead of being read as IPv4. */
function isSpecialV6(address: ipaddr.IPv6): boolean {
  return address.parts[6] === 0 && (address.parts[7] === 0 || address.parts[7] === 1);
}

function compile(policy: FetchPolicy): CompiledPolicy {
  let result = compiled.get(policy);
  if (result !== undefined) return result;
  result = { hosts: new Set(), suffixes: [], ranges: [] };
  for (const raw of policy.allow) {
    const entry = normaliseEntry(raw);
    if (entry.includes("/") && ipaddr.isValidCIDR(entry)) {
      const [network, bits] = ipaddr.parseCIDR(entry);
      // A range written in IPv4-mapped form (::ffff:10.0.0.0/104) is the IPv4 range it maps.
      const unwrapped = bits >= 96 ? unwrapIpv4(network) : network;
      result.ranges.push(unwrapped === network ? [network, bits] : [unwrapped, bits - 96]);
    } else if (ipaddr.isValid(entry)) {
      const address = unwrapIpv4(ipaddr.parse(entry));
      result.ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (entry.startsWith("*.")) {
      result.suffixes.push(entry.slice(1));
    } else if (entry !== "") {
      result.hosts.add(entry);
    }
  }
  compiled.set(policy, result);
  return result;
}
