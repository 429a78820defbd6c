// Gateway and REST payloads shaped like Discord's (API v10), with just the fields discord.js 14 reads.

export const FAKE_USER = { id: "300000000000000003", username: "alice", discriminator: "0", global_name: "Alice", avatar: null };

/** A message object as Discord returns it from a create or edit. */
export function messageObject(id: string, channelId: string, applicationId: string, body: Record<string, unknown>, timestamp = new Date(0).toISOString()): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    type: 0,
    content: typeof body.content === "string" ? body.content : "",
    author: { id: applicationId, username: "newsbrief", discriminator: "0", global_name: null, avatar: null, bot: true },
    timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: 0,
  };
}

export interface InteractionBase {
  id: string;
  token: string;
  applicationId: string;
  channelId: string;
  userId?: string;
  /** The member's permission bits in the channel, as a decimal string. Default: every permission. */
  permissions?: string;
}

export const FAKE_GUILD_ID = "400000000000000004";

/** An interaction from a server's text channel: guild, partial channel and member, as Discord sends them. */
function base(interaction: InteractionBase): Record<string, unknown> {
  const user = { ...FAKE_USER, id: interaction.userId ?? FAKE_USER.id };
  return {
    id: interaction.id,
    application_id: interaction.applicationId,
    token: interaction.token,
    version: 1,
    guild_id: FAKE_GUILD_ID,
    channel_id: interaction.channelId,
    channel: { id: interaction.channelId, type: 0, guild_id: FAKE_GUILD_ID, name: "news", nsfw: false, position: 0, permission_overwrites: [], parent_id: null },
    member: { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: interaction.permissions ?? "2147483647", nick: null, avatar: null },
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": FAKE_GUILD_ID },
    app_permissions: "2147483647",
    context: 0,
  };
}

/** One slash-command option (type 3 string, type 1 subcommand). */
export interface OptionPayload {
  name: string;
  type: number;
  value?: string;
  options?: OptionPayload[];
}

/** INTERACTION_CREATE data for a slash command (APPLICATION_COMMAND, CHAT_INPUT). */
export function slashInteraction(interaction: InteractionBase & { name: string; options: OptionPayload[] }): Record<string, unknown> {
  return { ...base(interaction), type: 2, data: { id: "500000000000000005", name: interaction.name, type: 1, options: interaction.options } };
}

/** INTERACTION_CREATE data for a button press on `message` (MESSAGE_COMPONENT). */
export function buttonInteraction(interaction: InteractionBase & { customId: string; message: Record<string, unknown> }): Record<string, unknown> {
  return { ...base(interaction), type: 3, data: { custom_id: interaction.customId, component_type: 2 }, message: interaction.message };
}
