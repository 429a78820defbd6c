import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../adapters/main.js";
import { FakeDiscord } from "../fakes/fake-discord.js";
import { slashInteraction } from "../fakes/fake-discord-payloads.js";

const CHANNEL = "600000000000000077";

describe("the composition root (npm start / newsbrief discord:register)", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ channels: [CHANNEL] });
  });
  afterAll(async () => fake.close());

  const env = () => ({
    DISCORD_TOKEN: "composition-root-token",
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    NEWSBRIEF_DATA_DIR: mkdtempSync(join(tmpdir(), "newsbrief-start-")),
  });

  it("with DISCORD_TOKEN set, starts Discord instead of the terminal chat and answers /brief from the library", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = "";
    let err = "";
    stdout.on("data", (c: Buffer) => (out += c.toString()));
    stderr.on("data", (c: Buffer) => (err += c.toString()));
    let stop: () => void = () => undefined;
    const shutdown = new Promise<void>((resolve) => (stop = resolve));
    const running = main(["start"], { stdout, stderr, stdin: Readable.from([]), env: env(), shutdown });

    // start() has resolved (the gateway is READY) once the composition root logs the connection.
    while (!err.includes("discord connected")) await new Promise((resolve) => setTimeout(resolve, 20));
    const token = "composition-root-interaction";
    fake.dispatchInteraction(
      slashInteraction({ id: "900000000000000009", token, applicationId: fake.applicationId, channelId: CHANNEL, name: "brief", options: [{ name: "topic", type: 3, value: "afghanistan" }] }),
    );
    const edit = await fake.waitFor((r) => r.method === "PATCH" && r.path.includes(token));
    expect(JSON.stringify(edit.body)).toContain("Blinken says Taliban legitimacy");
    stop();
    expect(await running).toBe(0);
    expect(out).not.toContain("terminal chat");
    expect(err).toContain("discord connected");
    expect(err).not.toContain("composition-root-token");
  }, 20_000);

  it("says in one line why a platform could not be reached, closes what it opened, and exits 1", async () => {
    const stderr = new PassThrough();
    let err = "";
    stderr.on("data", (c: Buffer) => (err += c.toString()));
    // Nothing listens on port 1 of 127.0.0.1: the connection is refused at once.
    const code = await main(["start"], { stdout: new PassThrough(), stderr, stdin: Readable.from([]), env: { ...env(), DISCORD_API_URL: "http://127.0.0.1:1/api" } });
    expect(code).toBe(1);
    expect(err).toMatch(/newsbrief: could not connect to discord: .*ECONNREFUSED/);
    expect(err).not.toContain("composition-root-token");
    expect(err).not.toMatch(/^\s+at /m); // no stack trace
  }, 30_000);

  it("discord:register puts the commands in the development guild", async () => {
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (c: Buffer) => (out += c.toString()));
    const code = await main(["discord:register"], { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env: { ...env(), DISCORD_GUILD_ID: "400000000000000004" } });
    expect(code).toBe(0);
    expect(out).toMatch(/Registered \/brief, \/quotes, \/digest, \/newsbrief in guild 400000000000000004/);
    const put = fake.requests.find((r) => r.method === "PUT" && r.path.includes("/guilds/400000000000000004/commands"));
    expect(put).toBeDefined();
  });
});
