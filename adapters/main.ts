import { config as loadDotenv } from "dotenv";
import { runCli, type CliIo } from "../src/cli/main.js";
import { startBot } from "./start-bot.js";
import { registerCommands } from "./register-commands.js";

/**
 * The composition root: the only place that knows both the core and every adapter (docs/adr/007).
 * `bin/newsbrief.js` calls it; tests call it with their own streams and environment.
 */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  if (!io) {
    // A .env file in the working folder fills in what the environment does not set; the environment wins.
    loadDotenv({ quiet: true });
    io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  }
  return runCli(argv, io, { start: startBot, registerDiscord: registerCommands });
}
