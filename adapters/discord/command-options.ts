/** Option and subcommand names shared by the command definitions and the parser. */
export const BRIEF_TOPIC = "topic";
export const QUOTES_SPEAKER = "speaker";
export const HELP_SUBCOMMAND = "help";
