import { adapterContract } from "./contract.js";
import { discordHarness } from "./discord/harness.js";

adapterContract("discord", () => discordHarness(), { history: true, dedupesResend: true, channelsCanGo: true, nonManagers: true });
