import { expect } from "vitest";
import type { DiscordMessage } from "../../../adapters/discord/render.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Sums an embed's text the way Discord does for its 6,000-character message limit (title, description,
 * field names and values, footer text, author name), written independently of the adapter's own sum.
 */
export function discordEmbedChars(embed: DiscordMessage["embeds"][number]): number {
  const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
  for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  return parts.reduce((sum: number, part) => sum + (part?.length ?? 0), 0);
}

/** Fails the test on any Discord limit broken by any message: what Discord would answer with a 400. */
export function expectWithinDiscordLimits(messages: readonly DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.content?.length ?? 0).toBeLessThanOrEqual(2_000);
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(10);
    expect(message.embeds.reduce((sum, embed) => sum + discordEmbedChars(embed), 0)).toBeLessThanOrEqual(6_000);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2_048);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      expect(Boolean(embed.title || embed.description || embed.fields?.length)).toBe(true);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(256);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(1_024);
      }
      const strings = [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];
      for (const text of strings) if (text !== undefined) expect(LONE_SURROGATE.test(text)).toBe(false);
    }
    expect(message.components.length).toBeLessThanOrEqual(5);
    const ids = new Set<string>();
    for (const row of message.components) {
      expect(row.components.length).toBeLessThanOrEqual(5);
      for (const button of row.components) {
        expect(button.label?.length ?? 0).toBeGreaterThan(0);
        expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
        expect(button.custom_id.length).toBeLessThanOrEqual(100);
        expect(ids.has(button.custom_id)).toBe(false);
        ids.add(button.custom_id);
      }
    }
  }
}
