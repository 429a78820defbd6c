// SLACK_DIGEST_MANAGERS, parsed by the core's config for the Slack adapter (kept here with the adapter's tests).
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";

const slack = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };

describe("SLACK_DIGEST_MANAGERS", () => {
  it("reads Slack user ids separated by commas or spaces", () => {
    expect(loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: "U0123ABCD, W0456EFGH  U789" }).slack?.digestManagers).toEqual(["U0123ABCD", "W0456EFGH", "U789"]);
  });

  it("leaves the list out when unset or empty: everyone may manage digests", () => {
    expect(loadConfig(slack).slack).not.toHaveProperty("digestManagers");
    expect(loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: "  " }).slack).not.toHaveProperty("digestManagers");
  });

  it("fails naming the variable and the bad entry", () => {
    expect(() => loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: "U1ABC,@alice" })).toThrow(/SLACK_DIGEST_MANAGERS: "@alice" is not a Slack user id/);
    expect(() => loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: "C0123ABC" })).toThrow(/SLACK_DIGEST_MANAGERS/);
  });
});
