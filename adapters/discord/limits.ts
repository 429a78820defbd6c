import type { APIEmbed } from "discord.js";

/**
 * Discord's message and embed limits (message resource docs). Lengths are counted in UTF-16 code units
 * (`string.length`), which is never less than the code points Discord counts, so staying under them in
 * JavaScript terms always stays under them for Discord.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer text and author name in one message. */
  embedCharsPerMessage: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  authorName: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** The characters of one embed that count towards the 6,000 of a message, as Discord sums them. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** The embed characters of a whole message. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}
