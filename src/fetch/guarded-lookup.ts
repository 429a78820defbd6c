import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { addressRefusal, displayAddress } from "./address-policy.js";
import { FetchError } from "./fetch-error.js";
import type { FetchPolicy } from "./fetch-policy.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests can point names anywhere. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The operating system's resolver (getaddrinfo: /etc/hosts, then DNS), all addresses, in its order. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 })));
    });
  });

/**
 * A `lookup` for node:http(s) `request` that checks every address the name resolves to against the
 * policy before the socket connects to any of them. Checking here, at connect time, and not in a
 * separate resolve-then-fetch step, is what defeats DNS rebinding: the address checked is the address
 * connected to. One refused address refuses the whole name (a public A record next to a private one is
 * an attack, not a fallback).
 */
export function createGuardedLookup(url: string, policy: FetchPolicy, resolver: Resolver): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolver(hostname).then(
      (resolved) => {
        for (const { address } of resolved) {
          const refusal = addressRefusal(address, hostname, policy);
          if (refusal !== undefined) {
            const message = `refused: ${hostname} resolves to ${displayAddress(address)}, ${refusal}`;
            return callback(new FetchError(url, message, { reason: "refused" }) as NodeJS.ErrnoException, "", 4);
          }
        }
        const usable = options.family === 4 || options.family === 6 ? resolved.filter((entry) => entry.family === options.family) : resolved;
        const first = usable[0];
        if (first === undefined) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
          error.code = "ENOTFOUND";
          return callback(error, "", 4);
        }
        if (options.all === true) return callback(null, usable.map((entry): LookupAddress => ({ ...entry })));
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}
