import type { CommandHandler } from "../chat/chat-adapter.js";
import { runBrief } from "./brief-command.js";
import type { CommandDeps } from "./command-deps.js";
import { runDigest } from "./digest-command.js";
import { helpReply } from "./help-command.js";
import { runQuotes } from "./quotes-command.js";

/** The one handler every adapter calls: platform-neutral commands in, platform-neutral replies out. */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  return async (command) => {
    switch (command.name) {
      case "brief":
        return runBrief(deps, command);
      case "quotes":
        return runQuotes(deps, command);
      case "digest":
        return runDigest(deps, command);
      case "help":
        return helpReply();
    }
  };
}
