import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_COMMANDS, registerDiscordCommands } from "../../../adapters/discord/commands.js";
import { FakeDiscord } from "../../fakes/fake-discord.js";

describe("slash command definitions", () => {
  it("define /brief topic (required), /quotes speaker (optional) and /newsbrief help", () => {
    const shape = DISCORD_COMMANDS.map((command) => ({
      name: command.name,
      options: ("options" in command ? (command.options ?? []) : []).map((o) => ({ name: o.name, type: o.type, required: "required" in o ? o.required : undefined })),
    }));
    expect(shape).toEqual([
      { name: "brief", options: [{ name: "topic", type: 3, required: true }] },
      { name: "quotes", options: [{ name: "speaker", type: 3, required: false }] },
      { name: "newsbrief", options: [{ name: "help", type: 1, required: undefined }] },
    ]);
  });

  it("keep Discord's naming limits (lowercase names <= 32, descriptions 1-100)", () => {
    for (const command of DISCORD_COMMANDS) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(("description" in command ? (command.description ?? "") : "").length).toBeLessThanOrEqual(100);
      for (const option of "options" in command ? (command.options ?? []) : []) expect(option.description.length).toBeLessThanOrEqual(100);
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
    expect(result).toEqual({ scope: "global", route: `/applications/${fake.applicationId}/commands`, names: ["brief", "quotes", "newsbrief"] });
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
