import type { APIActionRowComponent, APIButtonComponentWithCustomId, ButtonStyle, ComponentType } from "discord.js";
import type { ReplyAction } from "../../src/chat/reply.js";
import { encodeCustomId } from "./custom-id.js";
import { DISCORD_LIMITS as L } from "./limits.js";
import { clipText } from "./text-fit.js";

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

// Discord's wire numbers, typed by discord.js's enums but not loading the SDK: rendering stays a pure, light module.
const ACTION_ROW = 1 as ComponentType.ActionRow;
const BUTTON = 2 as ComponentType.Button;
const SECONDARY = 2 as ButtonStyle.Secondary;

/**
 * Reply actions as rows of up to 5 buttons (5 rows at most). Labels are plain text (Discord renders no
 * Markdown or mentions in them), cut to 80 characters; actions whose custom_id repeats an earlier one are
 * dropped, because Discord rejects a message with duplicate custom_ids.
 */
export function renderButtons(actions: readonly ReplyAction[]): ButtonRow[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const action of actions) {
    const customId = encodeCustomId(action);
    if (seen.has(customId) || buttons.length === L.actionRows * L.buttonsPerRow) continue;
    seen.add(customId);
    buttons.push({ type: BUTTON, style: SECONDARY, label: clipText(action.label.trim() || "Quotes", L.buttonLabel), custom_id: customId });
  }
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += L.buttonsPerRow) {
    rows.push({ type: ACTION_ROW, components: buttons.slice(i, i + L.buttonsPerRow) });
  }
  return rows;
}
