import { ApplicationCommandOptionType } from "discord.js";
import type { APIApplicationCommandSubcommandOption } from "discord.js";

const STRING = ApplicationCommandOptionType.String;
const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;

/** The `/digest` definition (without its permissions, which commands.ts sets with the other commands' context). */
export const DIGEST_COMMAND = {
  name: "digest",
  description: "Scheduled digests of new stories on a topic for this channel",
  options: [
    subcommand("subscribe", "Post a digest of new stories on a topic here, on a schedule", [
      { type: STRING, name: "topic", description: "What the digest is about (afghanistan)", required: true, max_length: 200 },
      { type: STRING, name: "schedule", description: "daily 08:00, weekdays 07:30, hourly, every 6 hours, or cron", required: false, max_length: 100 },
      { type: STRING, name: "timezone", description: "IANA time zone, e.g. Europe/Berlin (default UTC)", required: false, max_length: 64 },
    ]),
    subcommand("list", "This channel's digests", []),
    subcommand("unsubscribe", "Stop a digest in this channel", [
      { type: STRING, name: "id_or_topic", description: "The digest's id (from /digest list) or its topic", required: true, max_length: 200 },
    ]),
    subcommand("preview", "What the next digest on a topic would hold", [
      { type: STRING, name: "topic", description: "The topic to preview", required: true, max_length: 200 },
    ]),
  ],
};

function subcommand(name: string, description: string, options: NonNullable<APIApplicationCommandSubcommandOption["options"]>): APIApplicationCommandSubcommandOption {
  return { type: SUBCOMMAND, name, description, options };
}
