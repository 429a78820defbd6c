// Discord's global limit (50 requests a second per bot token) in the fake: the digest benchmark runs several
// bot instances on one token against it, so it must answer as Discord does and the real client must cope.
import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "./fake-discord.js";

const CHANNEL = "600000000000000001";
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function post(api: string, token: string | undefined, path = `/channels/${CHANNEL}/messages`): Promise<Response> {
  return fetch(`${api}/v10${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token === undefined ? {} : { authorization: `Bot ${token}` }) },
    body: JSON.stringify({ content: "hello" }),
  });
}

describe("FakeDiscord globalRateLimit", () => {
  it("answers the request past the budget with Discord's global 429, per token, exempting interactions", async () => {
    let now = 1_000_000;
    fake = await FakeDiscord.start({ channels: [CHANNEL], clock: () => now, globalRateLimit: { perSecond: 3 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(fake.apiUrl, "a")).status);
    now += 400;
    const limited = await post(fake.apiUrl, "a");
    expect([...statuses, limited.status]).toEqual([200, 200, 200, 429]);
    expect(limited.headers.get("x-ratelimit-global")).toBe("true");
    expect(limited.headers.get("x-ratelimit-scope")).toBe("global");
    // Whole seconds in the header (Discord's example: "Retry-After: 65" beside "retry_after": 64.57).
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(await limited.json()).toEqual({ message: "You are being rate limited.", retry_after: 0.6, global: true });
    expect(fake.requests.at(-1)).toMatchObject({ status: 429, rateLimitScope: "global" });
    expect(fake.messages(CHANNEL)).toHaveLength(3);

    // Another bot token has a budget of its own; interaction callbacks are not bound by the global limit.
    expect((await post(fake.apiUrl, "b")).status).toBe(200);
    expect((await post(fake.apiUrl, "a", "/interactions/1/tok/callback")).status).toBe(204);

    now += 600; // the window that opened with the first request has closed
    expect((await post(fake.apiUrl, "a")).status).toBe(200);
  });

  it("lets @discordjs/rest wait out a global 429 and deliver every message once", async () => {
    fake = await FakeDiscord.start({ channels: [CHANNEL], globalRateLimit: { perSecond: 5 } });
    // The client's own throttle (50 a second by default) is set above the fake's, so only the 429 holds it back.
    const rest = new REST({ api: fake.apiUrl, retries: 0, globalRequestsPerSecond: 1_000 }).setToken("t");
    const started = Date.now();
    await Promise.all(Array.from({ length: 8 }, (_, i) => rest.post(`/channels/${CHANNEL}/messages`, { body: { content: `m${i}` } })));
    expect(fake.messages(CHANNEL)).toHaveLength(8);
    expect(fake.requests.filter((r) => r.rateLimitScope === "global").length).toBeGreaterThan(0);
    // The 429 paused the whole client for the header's whole second before the rest went out.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
