/** Option and subcommand names shared by the command definitions and the parser. */
export const BRIEF_TOPIC = "topic";
export const QUOTES_SPEAKER = "speaker";
export const HELP_SUBCOMMAND = "help";

/** `/digest` subcommands, and the options each takes in the order they join into the neutral argument. */
export const DIGEST_SUBCOMMANDS = {
  subscribe: ["topic", "schedule", "timezone"],
  list: [],
  unsubscribe: ["id_or_topic"],
  preview: ["topic"],
} as const satisfies Record<string, readonly string[]>;
