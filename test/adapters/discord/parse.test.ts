import { describe, expect, it } from "vitest";
import { discordChannelId, discordChannelRef } from "../../../adapters/discord/channel-ref.js";
import { decodeCustomId, encodeCustomId } from "../../../adapters/discord/custom-id.js";
import { parseButton, parseSlashCommand, type DiscordOption } from "../../../adapters/discord/parse.js";

const who = { channelId: "123456789012345678", user: { id: "42" } };
const inGuild = { guildId: "400000000000000004", memberPermissions: { bitfield: 0n } };
const slash = (commandName: string, data: DiscordOption[]) => parseSlashCommand({ ...who, ...inGuild, commandName, options: { data } });

describe("parseSlashCommand", () => {
  it("reads /brief topic:, trimmed", () => {
    expect(slash("brief", [{ name: "topic", type: 3, value: "  afghanistan " }])).toEqual({
      name: "brief",
      argument: "afghanistan",
      channel: "discord:123456789012345678",
      userId: "42",
    });
  });

  it("reads /quotes with and without speaker:", () => {
    expect(slash("quotes", [{ name: "speaker", type: 3, value: "maas" }])).toMatchObject({ name: "quotes", argument: "maas" });
    expect(slash("quotes", [])).toMatchObject({ name: "quotes", argument: "" });
  });

  it("reads /newsbrief help", () => {
    expect(slash("newsbrief", [{ name: "help", type: 1, options: [] }])).toMatchObject({ name: "help", argument: "" });
  });

  it("refuses commands that are not ours and interactions without a channel", () => {
    expect(slash("ban", [])).toBeUndefined();
    expect(slash("newsbrief", [])).toBeUndefined();
    expect(parseSlashCommand({ commandName: "brief", channelId: null, ...inGuild, user: { id: "1" }, options: { data: [] } })).toBeUndefined();
  });
});

describe("/digest", () => {
  const sub = (name: string, options: [string, string][] = []): DiscordOption[] => [{ name, type: 1, options: options.map(([n, value]) => ({ name: n, type: 3, value })) }];
  const digest = (data: DiscordOption[], permissions: bigint | null = 16n, guildId: string | null = inGuild.guildId) =>
    parseSlashCommand({ ...who, guildId, memberPermissions: permissions === null ? null : { bitfield: permissions }, commandName: "digest", options: { data } });

  it("joins a subcommand and its options into the words Slack users type", () => {
    expect(digest(sub("subscribe", [["topic", " afghanistan "], ["schedule", "daily 08:00"], ["timezone", "Europe/Berlin"]]))).toEqual({
      name: "digest",
      argument: "subscribe afghanistan daily 08:00 Europe/Berlin",
      channel: "discord:123456789012345678",
      userId: "42",
      canManageDigests: true,
    });
    expect(digest(sub("subscribe", [["topic", "taliban legitimacy"], ["timezone", "Asia/Karachi"]]))?.argument).toBe("subscribe taliban legitimacy Asia/Karachi");
    expect(digest(sub("list"))?.argument).toBe("list");
    expect(digest(sub("unsubscribe", [["id_or_topic", "k3j9x2"]]))?.argument).toBe("unsubscribe k3j9x2");
    expect(digest(sub("preview", [["topic", "germany"]]))?.argument).toBe("preview germany");
  });

  it("refuses a subcommand it does not know, or none", () => {
    expect(digest(sub("toString"))).toBeUndefined();
    expect(digest([])).toBeUndefined();
  });

  it("lets members with Manage Channels or Administrator manage digests, and no one else in a server", () => {
    expect(digest(sub("list"), 1n << 4n)?.canManageDigests).toBe(true);
    expect(digest(sub("list"), 1n << 3n)?.canManageDigests).toBe(true);
    expect(digest(sub("list"), (1n << 31n) - 1n - (1n << 3n) - (1n << 4n))?.canManageDigests).toBe(false);
    expect(digest(sub("list"), 0n)?.canManageDigests).toBe(false);
    expect(digest(sub("list"), null)?.canManageDigests).toBe(false);
  });

  it("lets the user manage the digests of their DM with the bot", () => {
    expect(digest(sub("list"), null, null)?.canManageDigests).toBe(true);
  });
});

describe("buttons", () => {
  it("turn a custom_id back into the command it carries", () => {
    expect(parseButton({ ...who, customId: encodeCustomId({ command: "quotes", argument: "Antony Blinken" }) })).toEqual({
      name: "quotes",
      argument: "Antony Blinken",
      channel: "discord:123456789012345678",
      userId: "42",
      viaButton: true,
    });
    expect(parseButton({ ...who, customId: "newsbrief:quotes:" })).toMatchObject({ name: "quotes", argument: "" });
  });

  it("ignore custom_ids that are not ours", () => {
    for (const customId of ["other-bot:quotes:x", "newsbrief:ban:x", "newsbrief:quotes"]) expect(parseButton({ ...who, customId })).toBeUndefined();
  });

  it("fit a long argument into 100 characters at a word", () => {
    const role = "leader of German Chancellor Angela Merkel’s ruling party and ".repeat(3);
    const customId = encodeCustomId({ command: "quotes", argument: role });
    expect(customId.length).toBeLessThanOrEqual(100);
    const argument = decodeCustomId(customId)?.argument ?? "";
    expect(argument.length).toBeGreaterThan(60);
    expect(role.startsWith(`${argument} `)).toBe(true);
  });
});

describe("channel refs", () => {
  it("round-trip a channel id and refuse other platforms' refs", () => {
    expect(discordChannelId(discordChannelRef("987654321"))).toBe("987654321");
    expect(discordChannelId("slack:T1:C2")).toBeUndefined();
    expect(discordChannelId("discord:../../guilds")).toBeUndefined();
  });
});
