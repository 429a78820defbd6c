import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeActionValue, encodeActionValue } from "../../../adapters/slack/action-value.js";
import { parseBlockAction, parseSlackChannelRef, parseSlashCommand, slackChannelRef } from "../../../adapters/slack/parse.js";

const slash = (command: string, text: string) => ({ command, text, team_id: "T0AB", channel_id: "C0CD", user_id: "U9" });
const base = { channel: "slack:T0AB:C0CD", userId: "U9" };

describe("parseSlashCommand", () => {
  it.each([
    ["/brief", " afghanistan ", "brief", "afghanistan"],
    ["/brief", "", "brief", ""],
    ["/quotes", "maas", "quotes", "maas"],
    ["/newsbrief", "help", "help", ""],
    ["/newsbrief", "", "help", ""],
    ["/newsbrief", "quotes foreign minister", "quotes", "foreign minister"],
    ["/newsbrief", "BRIEF germany", "brief", "germany"],
    ["/newsbrief", "afghanistan talks", "brief", "afghanistan talks"],
  ])("%s %j -> %s %j", (command, text, name, argument) => {
    expect(parseSlashCommand(slash(command, text))).toEqual({ ...base, name, argument });
  });

  it("turns Slack's entities back into what the user typed, keeping Slack's link markup for the core", () => {
    expect(parseSlashCommand(slash("/brief", "AT&amp;T &lt;3"))?.argument).toBe("AT&T <3");
    expect(parseSlashCommand(slash("/brief", "<https://x.example/a?b=1&amp;c=2|x.example>"))?.argument).toBe("<https://x.example/a?b=1&c=2|x.example>");
  });

  it("ignores commands it does not own and malformed ids", () => {
    expect(parseSlashCommand(slash("/giphy", "cat"))).toBeUndefined();
    expect(parseSlashCommand({ ...slash("/brief", "x"), channel_id: "C1:evil" })).toBeUndefined();
  });
});

describe("/digest", () => {
  it.each([
    ["/digest", " list ", "list"],
    ["/digest", "subscribe afghanistan daily 08:00 Europe/Berlin", "subscribe afghanistan daily 08:00 Europe/Berlin"],
    ["/digest", "", ""],
    ["/newsbrief", "digest unsubscribe k3j9x2", "unsubscribe k3j9x2"],
  ])("%s %j -> digest %j", (command, text, argument) => {
    expect(parseSlashCommand(slash(command, text))).toEqual({ ...base, name: "digest", argument, canManageDigests: true });
  });

  it("lets everyone manage digests when no allow-list is configured, as Slack's /feed does", () => {
    expect(parseSlashCommand(slash("/digest", "list"), {})?.canManageDigests).toBe(true);
  });

  it("lets only the allow-listed users manage digests when one is configured", () => {
    const options = { digestManagers: ["U1", "U9"] };
    expect(parseSlashCommand(slash("/digest", "list"), options)?.canManageDigests).toBe(true);
    expect(parseSlashCommand({ ...slash("/digest", "list"), user_id: "U2" }, options)?.canManageDigests).toBe(false);
    expect(parseSlashCommand({ ...slash("/digest", "list"), user_id: "U2" }, { digestManagers: [] })?.canManageDigests).toBe(false);
  });

  it("leaves canManageDigests off the other commands", () => {
    expect(parseSlashCommand(slash("/brief", "x"), { digestManagers: ["U9"] })).not.toHaveProperty("canManageDigests");
  });
});

describe("parseBlockAction", () => {
  const body = { team: { id: "T0AB" }, user: { id: "U9", team_id: "T0AB" }, channel: { id: "C0CD" } };

  it("runs the command the button carries, marked as a button press", () => {
    const value = encodeActionValue({ command: "quotes", argument: "Heiko Maas" });
    expect(parseBlockAction(body, { action_id: "newsbrief_quotes_1", value })).toEqual({ ...base, name: "quotes", argument: "Heiko Maas", viaButton: true });
  });

  it("uses the presser's workspace on org-wide installs (team: null)", () => {
    const value = encodeActionValue({ command: "quotes", argument: "" });
    expect(parseBlockAction({ ...body, team: null }, { action_id: "newsbrief_quotes_0", value })?.channel).toBe("slack:T0AB:C0CD");
  });

  it("ignores other apps' buttons and values it did not write", () => {
    expect(parseBlockAction(body, { action_id: "other", value: '{"command":"quotes","argument":""}' })).toBeUndefined();
    expect(parseBlockAction(body, { action_id: "newsbrief_x", value: '{"command":"brief","argument":""}' })).toBeUndefined();
    expect(parseBlockAction(body, { action_id: "newsbrief_x", value: "not json" })).toBeUndefined();
    expect(parseBlockAction(body, { action_id: "newsbrief_x" })).toBeUndefined();
  });
});

describe("action values and channel references", () => {
  it("round-trips a button's command and refuses one over 2,000 characters", () => {
    const value = encodeActionValue({ command: "quotes", argument: "Shah Mahmood Qureshi" });
    expect(decodeActionValue(value)).toEqual({ command: "quotes", argument: "Shah Mahmood Qureshi" });
    expect(encodeActionValue({ command: "quotes", argument: "x".repeat(2_000) })).toBeUndefined();
  });

  it("reads back the references it makes, and nothing else", () => {
    expect(parseSlackChannelRef(slackChannelRef("T1", "C2") ?? "")).toEqual({ teamId: "T1", channelId: "C2" });
    expect(parseSlackChannelRef("discord:123")).toBeUndefined();
    expect(parseSlackChannelRef("slack:T1:C2:extra")).toBeUndefined();
  });
});

describe("manifest.yml", () => {
  const manifest = readFileSync(new URL("../../../adapters/slack/manifest.yml", import.meta.url), "utf8");

  it("declares exactly the slash commands the parser understands", () => {
    const commands = [...manifest.matchAll(/^\s+- command: (\S+)$/gm)].map((m) => m[1] ?? "");
    expect(commands).toEqual(["/brief", "/quotes", "/digest", "/newsbrief"]);
    for (const command of commands) expect(parseSlashCommand(slash(command, "x"))).toBeDefined();
  });

  it("asks for the scopes the adapter uses and sends every request to Bolt's endpoint", () => {
    for (const scope of ["commands", "chat:write", "chat:write.public", "channels:history", "groups:history"]) expect(manifest).toMatch(new RegExp(`^\\s+- ${scope} #`, "m"));
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(new Set(["https://YOUR-HOST/slack/events"]));
    expect(manifest).toMatch(/^ {2}socket_mode_enabled: false$/m);
  });
});
