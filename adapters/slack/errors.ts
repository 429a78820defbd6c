// The neutral error lives in the core; re-exported here so the adapter's public API stays in one place.
export { ChannelUnavailableError } from "../../src/chat/channel-unavailable.js";
