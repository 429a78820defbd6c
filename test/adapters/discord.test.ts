import { adapterContract } from "./contract.js";
import { discordHarness } from "./discord/harness.js";

adapterContract("discord", () => discordHarness());
