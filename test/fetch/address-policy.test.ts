import { describe, expect, it } from "vitest";
import { addressRefusal } from "../../src/fetch/address-policy.js";
import { loadConfig } from "../../src/config.js";
import { parseAllowList } from "../../src/fetch/fetch-policy.js";

const none = { allow: [] };
const refusal = (address: string, allow: string[] = [], host = address): string | undefined => addressRefusal(address, host, { allow });

describe("addressRefusal: blocked by default", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.255.254", "a loopback address"],
    ["10.0.0.5", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.1", "a private address"],
    ["169.254.169.254", "a cloud metadata address"],
    ["169.254.10.20", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT (shared) address"],
    ["100.100.100.200", "a cloud metadata address"],
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["224.0.0.1", "a multicast address"],
    ["255.255.255.255", "a broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["192.0.2.1", "a reserved address"],
    ["198.18.0.1", "a reserved address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["fc00::1", "a private (unique-local) address"],
    ["fd12:3456::1", "a private (unique-local) address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    ["fe80::1", "a link-local address"],
    ["febf::1", "a link-local address"],
    ["ff02::1", "a multicast address"],
    ["2001:db8::1", "a reserved address"],
    ["2001::1", "a tunnel (Teredo) address"],
  ])("%s is %s", (address, words) => {
    expect(refusal(address)).toBe(words);
  });

  it.each([
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["::ffff:10.0.0.5", "a private address"],
    ["::ffff:192.168.0.1", "a private address"],
    ["::ffff:169.254.169.254", "a cloud metadata address"],
    ["::ffff:100.64.1.1", "a carrier-grade NAT (shared) address"],
    ["::ffff:0.0.0.0", "an unspecified address"],
    ["::ffff:0:a00:5", "a private address"], // RFC 6145 translated form
    ["::127.0.0.1", "a loopback address"], // deprecated IPv4-compatible form
    ["64:ff9b::a9fe:a9fe", "a cloud metadata address"], // NAT64 of 169.254.169.254
    ["2002:a00:5::1", "a private address"], // 6to4 of 10.0.0.5
  ])("the IPv6 form %s is judged by its IPv4 address: %s", (address, words) => {
    expect(refusal(address)).toBe(words);
  });

  it.each(["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"])(
    "%s is public and allowed",
    (address) => {
      expect(refusal(address)).toBeUndefined();
    },
  );

  it("says an invalid address is invalid", () => {
    expect(addressRefusal("999.1.1.1", "x", none)).toBe("not a valid IP address");
  });
});

describe("addressRefusal: the allow-list", () => {
  it("lets listed addresses through, in either form, and nothing next to them", () => {
    expect(refusal("127.0.0.1", ["127.0.0.1"])).toBeUndefined();
    expect(refusal("::ffff:127.0.0.1", ["127.0.0.1"])).toBeUndefined();
    expect(refusal("127.0.0.2", ["127.0.0.1"])).toBe("a loopback address");
    expect(refusal("::1", ["::1"])).toBeUndefined();
    expect(refusal("::1", ["[::1]"])).toBeUndefined();
  });

  it("lets CIDR ranges through", () => {
    expect(refusal("10.1.2.3", ["10.0.0.0/8"])).toBeUndefined();
    expect(refusal("11.0.0.1", ["10.0.0.0/8"])).toBeUndefined(); // public anyway
    expect(refusal("192.168.1.1", ["10.0.0.0/8"])).toBe("a private address");
    expect(refusal("::ffff:10.9.9.9", ["::ffff:10.0.0.0/104"])).toBeUndefined();
    expect(refusal("fd00::5", ["fd00::/8"])).toBeUndefined();
    expect(refusal("fe80::5", ["fd00::/8"])).toBe("a link-local address");
  });

  it("lets host names (exact or *.suffix) through, whatever they resolve to", () => {
    expect(refusal("10.0.0.5", ["intranet.test"], "intranet.test")).toBeUndefined();
    expect(refusal("10.0.0.5", ["intranet.test"], "INTRANET.test.")).toBeUndefined();
    expect(refusal("10.0.0.5", ["intranet.test"], "other.test")).toBe("a private address");
    expect(refusal("10.0.0.5", ["*.corp.test"], "news.corp.test")).toBeUndefined();
    expect(refusal("10.0.0.5", ["*.corp.test"], "corp.test")).toBe("a private address");
  });
});

describe("fetch policy from the environment", () => {
  it("reads NEWSBRIEF_FETCH_ALLOW, comma-separated, and defaults to none", () => {
    expect(loadConfig({}).fetchPolicy).toEqual({ allow: [] });
    expect(loadConfig({ NEWSBRIEF_FETCH_ALLOW: "  " }).fetchPolicy).toEqual({ allow: [] });
    expect(loadConfig({ NEWSBRIEF_FETCH_ALLOW: "127.0.0.1, 10.0.0.0/8,Intranet.Test,,[::1]" }).fetchPolicy).toEqual({
      allow: ["127.0.0.1", "10.0.0.0/8", "intranet.test", "::1"],
    });
  });

  it("names a bad entry and the variable", () => {
    expect(() => loadConfig({ NEWSBRIEF_FETCH_ALLOW: "127.0.0.1,10.0.0.0/99" })).toThrow(
      'NEWSBRIEF_FETCH_ALLOW: "10.0.0.0/99" is not a host name, an IP address or a CIDR range (like 10.0.0.0/8)',
    );
    expect(() => parseAllowList("http://example.com")).toThrow(/is not a host name/);
  });
});
