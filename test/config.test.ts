import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("runs the console alone when nothing is set, with default folders", () => {
    expect(loadConfig({})).toEqual({
      dataDir: "data",
      briefingsDir: "briefings",
      feeds: [],
      fetchPolicy: { allow: [] },
      digests: { defaultTimeZone: "UTC", defaultSchedule: "daily 08:00", catchUpMs: 6 * 3_600_000 },
    });
  });

  it("reads an instance's share of Discord's global rate limit", () => {
    const discord = { DISCORD_TOKEN: "d", DISCORD_APPLICATION_ID: "123456" };
    expect(loadConfig({ ...discord, DISCORD_GLOBAL_REQUESTS_PER_SECOND: "16" }).discord?.globalRequestsPerSecond).toBe(16);
    expect(loadConfig(discord).discord?.globalRequestsPerSecond).toBeUndefined();
    expect(() => loadConfig({ ...discord, DISCORD_GLOBAL_REQUESTS_PER_SECOND: "80" })).toThrow(/from 1 to 50/);
  });

  it("reads the digest defaults and names a bad one", () => {
    expect(loadConfig({ DIGEST_TIME_ZONE: "europe/berlin", DIGEST_SCHEDULE: "weekdays 07:30", DIGEST_CATCH_UP_HOURS: "1.5" }).digests).toEqual({
      defaultTimeZone: "Europe/Berlin",
      defaultSchedule: "weekdays 07:30",
      catchUpMs: 5_400_000,
    });
    expect(() => loadConfig({ DIGEST_TIME_ZONE: "Mars/Olympus" })).toThrow(/^DIGEST_TIME_ZONE: "Mars\/Olympus" is not an IANA time zone/);
    expect(() => loadConfig({ DIGEST_SCHEDULE: "fortnightly" })).toThrow(/^DIGEST_SCHEDULE: /);
    expect(() => loadConfig({ DIGEST_CATCH_UP_HOURS: "-1" })).toThrow(/DIGEST_CATCH_UP_HOURS must be a number of hours/);
  });

  it("reads Slack in HTTP and Socket Mode, and Discord", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
      PORT: "8080",
      DISCORD_TOKEN: "d",
      DISCORD_APPLICATION_ID: "123456",
      DISCORD_GUILD_ID: "654321",
      NEWSBRIEF_FEEDS: "https://a.example/rss, https://b.example/atom",
    });
    expect(config.slack).toEqual({ botToken: "xoxb-1", signingSecret: "s", apiUrl: "http://127.0.0.1:9/api/", port: 8080 });
    expect(config.discord).toEqual({ token: "d", applicationId: "123456", guildId: "654321" });
    expect(config.feeds).toEqual(["https://a.example/rss", "https://b.example/atom"]);
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack).toMatchObject({ appToken: "xapp-1" });
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /SLACK_SIGNING_SECRET is required/],
    [{ SLACK_BOT_TOKEN: "bad" }, /SLACK_BOT_TOKEN must start with xoxb-/],
    [{ SLACK_SIGNING_SECRET: "s" }, /SLACK_BOT_TOKEN is required/],
    [{ PORT: "eighty" }, /PORT must be a port number/],
    [{ DISCORD_TOKEN: "d", DISCORD_APPLICATION_ID: "abc" }, /DISCORD_APPLICATION_ID must be a numeric id/],
    [{ SLACK_API_URL: "ftp://x" }, /SLACK_API_URL must be an http\(s\) URL/],
    [{ NEWSBRIEF_FEEDS: "not-a-url" }, /NEWSBRIEF_FEEDS: "not-a-url"/],
    [{ DISCORD_TOKEN: "d" }, /DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set/],
    [{ DISCORD_GUILD_ID: "123456" }, /DISCORD_TOKEN is required/],
  ])("fails with a message naming the variable: %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never puts a secret into an error message", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-secret-value" })).toThrow(expect.objectContaining({ message: expect.not.stringContaining("secret-value") }));
  });
});
