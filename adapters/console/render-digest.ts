import type { DigestReply } from "../../src/chat/reply.js";
import { quoted, speakerLine } from "../../src/cli/format-text.js";


export const NOTHING_NEW = "Nothing new on this topic since the last digest.";

/** A digest as numbered stories: headline, summary, best quote with its speaker, sources and the link. */
export function formatDigest(reply: DigestReply): string {
  const lines = [reply.title || "Digest"];
  if (reply.intro) lines.push(reply.intro);
  if (reply.items.length === 0) lines.push("", NOTHING_NEW);
  reply.items.forEach((item, i) => {
    lines.push("", `${i + 1}. ${item.headline || "(untitled story)"}`);
    for (const sentence of item.summary) lines.push(`   ${sentence}`);
    if (item.quote) lines.push(`   ${quoted(item.quote)}`, `   — ${speakerLine(item.quote.speaker)}`);
    const names = item.sources.map((source) => source.name).filter(Boolean);
    const link = item.sources.find((source) => source.url)?.url;
    if (names.length > 0 || link) lines.push(`   ${[names.join(", "), link].filter(Boolean).join(" · ")}`);
  });
  return lines.join("\n");
}
