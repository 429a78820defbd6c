import { z } from "zod";
import { parseSchedule, ScheduleError } from "./digests/schedule/parse-schedule.js";
import { canonicalTimeZone } from "./digests/schedule/time-zone.js";
import { parseAllowList, type FetchPolicy } from "./fetch/fetch-policy.js";

/**
 * Every setting newsbrief reads, parsed and validated once at start. A bad or missing value fails start-up
 * with a message naming the variable. `.env.example` documents each one; secrets are never logged.
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const url = (name: string) =>
  optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), { message: `${name} must be an http(s) URL` });

const schema = z.object({
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xoxb-"), { message: "SLACK_BOT_TOKEN must start with xoxb-" }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xapp-"), { message: "SLACK_APP_TOKEN must start with xapp-" }),
  SLACK_API_URL: url("SLACK_API_URL"),
  SLACK_DIGEST_MANAGERS: optional,
  PORT: optional.refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) <= 65_535), { message: "PORT must be a port number" }),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), { message: "DISCORD_APPLICATION_ID must be a numeric id" }),
  DISCORD_API_URL: url("DISCORD_API_URL"),
  DISCORD_GLOBAL_REQUESTS_PER_SECOND: optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 50), {
    message: "DISCORD_GLOBAL_REQUESTS_PER_SECOND must be a whole number from 1 to 50",
  }),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), { message: "DISCORD_GUILD_ID must be a numeric id" }),
  NEWSBRIEF_DATA_DIR: optional,
  NEWSBRIEF_BRIEFINGS_DIR: optional,
  NEWSBRIEF_FEEDS: optional,
  NEWSBRIEF_FETCH_ALLOW: optional,
  DIGEST_TIME_ZONE: optional,
  DIGEST_SCHEDULE: optional,
  DIGEST_CATCH_UP_HOURS: optional.refine((v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) <= 168), {
    message: "DIGEST_CATCH_UP_HOURS must be a number of hours from 0 to 168",
  }),
  // Checked by shape only, and the message never repeats the value: the URL may carry a password.
  DATABASE_URL: optional.refine((v) => v === undefined || (/^postgres(?:ql)?:\/\/\S*$/.test(v) && URL.canParse(v)), {
    message: "DATABASE_URL must be a postgres:// or postgresql:// URL",
  }),
});

export interface SlackConfig {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  apiUrl?: string;
  port: number;
  /** Slack user ids who may change digests (SLACK_DIGEST_MANAGERS); unset: everyone in the channel. */
  digestManagers?: string[];
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl?: string;
  guildId?: string;
  /** This instance's share of Discord's 50 requests/s (DISCORD_GLOBAL_REQUESTS_PER_SECOND); default 50. */
  globalRequestsPerSecond?: number;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Where the SQLite database lives. Default `data`. */
  dataDir: string;
  /** The folder of article files and digest definitions. Default `briefings`. */
  briefingsDir: string;
  /** Feed URLs to poll. */
  feeds: string[];
  /** Non-public addresses fetching may reach (NEWSBRIEF_FETCH_ALLOW). Default: none. */
  fetchPolicy: FetchPolicy;
  /** PostgreSQL library (DATABASE_URL) instead of SQLite in `dataDir`. A secret: never logged. */
  databaseUrl?: string;
  digests: DigestConfig;
}

export interface DigestConfig {
  /** For `/digest subscribe` without a zone (DIGEST_TIME_ZONE). Default UTC. */
  defaultTimeZone: string;
  /** For `/digest subscribe` without a schedule (DIGEST_SCHEDULE). Default "daily 08:00". */
  defaultSchedule: string;
  /** How old a missed slot may be and still be delivered after downtime (DIGEST_CATCH_UP_HOURS). Default 6 h. */
  catchUpMs: number;
}

/** A configuration problem, naming the variable; start-up prints it and exits. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const message = issue?.message ?? "invalid";
    throw new ConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  const e = parsed.data;
  return {
    ...slackConfig(e),
    ...discordConfig(e),
    dataDir: e.NEWSBRIEF_DATA_DIR ?? "data",
    briefingsDir: e.NEWSBRIEF_BRIEFINGS_DIR ?? "briefings",
    feeds: feedList(e.NEWSBRIEF_FEEDS),
    fetchPolicy: { allow: allowList(e.NEWSBRIEF_FETCH_ALLOW) },
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    digests: digestConfig(e),
  };
}

function digestConfig(e: Env): DigestConfig {
  const zone = e.DIGEST_TIME_ZONE ?? "UTC";
  const defaultTimeZone = canonicalTimeZone(zone);
  if (defaultTimeZone === undefined) throw new ConfigError(`DIGEST_TIME_ZONE: "${zone}" is not an IANA time zone such as Europe/Berlin`);
  const defaultSchedule = e.DIGEST_SCHEDULE ?? "daily 08:00";
  try {
    parseSchedule(defaultSchedule);
  } catch (error) {
    if (error instanceof ScheduleError) throw new ConfigError(`DIGEST_SCHEDULE: ${error.message}`);
    throw error;
  }
  return { defaultTimeZone, defaultSchedule, catchUpMs: Number(e.DIGEST_CATCH_UP_HOURS ?? 6) * 3_600_000 };
}

type Env = z.infer<typeof schema>;

function slackConfig(e: Env): { slack?: SlackConfig } {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) throw new ConfigError("SLACK_BOT_TOKEN is required when other SLACK_ variables are set");
    return {};
  }
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError("SLACK_SIGNING_SECRET is required for Slack's HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
  }
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      ...(e.SLACK_DIGEST_MANAGERS ? { digestManagers: slackUserIds(e.SLACK_DIGEST_MANAGERS) } : {}),
      port: e.PORT === undefined ? 3000 : Number(e.PORT),
    },
  };
}

function discordConfig(e: Env): { discord?: DiscordConfig } {
  if (!e.DISCORD_TOKEN) {
    if (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID) throw new ConfigError("DISCORD_TOKEN is required when other DISCORD_ variables are set");
    return {};
  }
  if (!e.DISCORD_APPLICATION_ID) throw new ConfigError("DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set");
  return {
    discord: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_GLOBAL_REQUESTS_PER_SECOND ? { globalRequestsPerSecond: Number(e.DISCORD_GLOBAL_REQUESTS_PER_SECOND) } : {}),
    },
  };
}

/** "U0123ABC, W0456DEF": Slack user ids (U…, or W… on Enterprise Grid), commas or spaces between them. */
function slackUserIds(value: string): string[] {
  const ids = value.split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!/^[UW][A-Z0-9]{2,31}$/.test(id)) throw new ConfigError(`SLACK_DIGEST_MANAGERS: "${id}" is not a Slack user id (U… or W…)`);
  }
  return ids;
}

function allowList(value: string | undefined): string[] {
  if (value === undefined) return [];
  try {
    return parseAllowList(value);
  } catch (error) {
    throw new ConfigError(`NEWSBRIEF_FETCH_ALLOW: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function feedList(value: string | undefined): string[] {
  const feeds = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const feed of feeds) {
    if (!/^https?:\/\/\S+$/.test(feed)) throw new ConfigError(`NEWSBRIEF_FEEDS: "${feed}" is not an http(s) URL`);
  }
  return feeds;
}
