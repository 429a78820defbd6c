import type { CliIo } from "../src/cli/main.js";
import type { Config } from "../src/config.js";

/** `newsbrief discord:register`: puts the slash commands on Discord, globally or in DISCORD_GUILD_ID. */
export async function registerCommands(config: Config, io: CliIo): Promise<number> {
  if (!config.discord) {
    io.stderr.write("newsbrief: discord:register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID\n");
    return 2;
  }
  try {
    // Loaded here, not at start-up: see platforms.ts.
    const { registerDiscordCommands } = await import("./discord/index.js");
    const registered = await registerDiscordCommands(config.discord);
    const where = registered.scope === "guild" ? `in guild ${config.discord.guildId ?? ""}` : "globally (may take up to an hour to appear)";
    io.stdout.write(`Registered /${registered.names.join(", /")} ${where}.\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`newsbrief: registering the Discord commands failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
