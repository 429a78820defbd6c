import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_COMMANDS, registerDiscordCommands } from "../../../adapters/discord/commands.js";
import { FakeDiscord } from "../../fakes/fake-discord.js";

describe("slash command definitions", () => {
  it("define /brief topic (required), /quotes speaker (optional), /digest and /newsbrief help", () => {
    const shape = DISCORD_COMMANDS.map((command) => ({
      name: command.name,
      options: ("options" in command ? (command.options ?? []) : []).map((o) => ({ name: o.name, type: o.type, required: "required" in o ? o.required : undefined })),
    }));
    expect(shape).toEqual([
      { name: "brief", options: [{ name: "topic", type: 3, required: true }] },
      { name: "quotes", options: [{ name: "speaker", type: 3, required: false }] },
      {
        name: "digest",
        options: [
          { name: "subscribe", type: 1, required: undefined },
          { name: "list", type: 1, required: undefined },
          { name: "unsubscribe", type: 1, required: undefined },
          { name: "preview", type: 1, required: undefined },
        ],
      },
      { name: "newsbrief", options: [{ name: "help", type: 1, required: undefined }] },
    ]);
  });

  it("define /digest's subcommand options, visible by default only to members who may Manage Channels", () => {
    const digest = DISCORD_COMMANDS.find((command) => command.name === "digest");
    expect(digest).toMatchObject({ default_member_permissions: "16", contexts: [0, 1], integration_types: [0] });
    const subcommands = Object.fromEntries(
      (digest && "options" in digest ? (digest.options ?? []) : []).map((sub) => [
        sub.name,
        ("options" in sub ? (sub.options ?? []) : []).map((o) => `${o.name}${"required" in o && o.required ? "!" : ""}`),
      ]),
    );
    expect(subcommands).toEqual({ subscribe: ["topic!", "schedule", "timezone"], list: [], unsubscribe: ["id_or_topic!"], preview: ["topic!"] });
    const gated = DISCORD_COMMANDS.filter((command) => "default_member_permissions" in command).map((command) => command.name);
    expect(gated).toEqual(["digest"]); // /brief and /quotes stay open to everyone
  });

  it("keep Discord's naming limits (lowercase names <= 32, descriptions 1-100)", () => {
    for (const command of DISCORD_COMMANDS) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(("description" in command ? (command.description ?? "") : "").length).toBeLessThanOrEqual(100);
      for (const option of "options" in command ? (command.options ?? []) : []) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeLessThanOrEqual(100);
        for (const sub of "options" in option ? (option.options ?? []) : []) {
          expect(sub.name).toMatch(/^[-_a-z0-9]{1,32}$/);
          expect(sub.description.length).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});

describe("registerDiscordCommands", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ channels: [] });
  });
  afterAll(async () => fake.close());

  const config = () => ({ token: "register-token", applicationId: fake.applicationId, apiUrl: fake.apiUrl, retries: 0 });

  it("PUTs every command globally", async () => {
    const result = await registerDiscordCommands(config());
    expect(result).toEqual({ scope: "global", route: `/applications/${fake.applicationId}/commands`, names: ["brief", "quotes", "digest", "newsbrief"] });
    const put = fake.requests.at(-1);
    expect(put).toMatchObject({ method: "PUT", path: `/applications/${fake.applicationId}/commands` });
    expect(put?.headers.authorization).toBe("Bot register-token");
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(DISCORD_COMMANDS)));
  });

  it("PUTs the same JSON to one guild when a guild id is given", async () => {
    const result = await registerDiscordCommands({ ...config(), guildId: "900000000000000009" });
    expect(result.scope).toBe("guild");
    const put = fake.requests.at(-1);
    expect(put).toMatchObject({ method: "PUT", path: `/applications/${fake.applicationId}/guilds/900000000000000009/commands` });
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(DISCORD_COMMANDS)));
  });
});
