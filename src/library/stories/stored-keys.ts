// An article's clustering keys are stored as one short text ("blinken:4 taliban:4 legitim:2"), read back
// only for the few candidates of a new article. Stems never contain spaces or colons (see story-features.ts).

/** Encodes key weights for storage. */
export function encodeKeys(keys: ReadonlyMap<string, number>): string {
  let text = "";
  for (const [key, weight] of keys) text += `${text === "" ? "" : " "}${key}:${weight}`;
  return text;
}

/** Decodes what encodeKeys wrote; malformed entries are skipped. */
export function decodeKeys(text: string): Map<string, number> {
  const keys = new Map<string, number>();
  if (text === "") return keys;
  for (const entry of text.split(" ")) {
    const colon = entry.lastIndexOf(":");
    const weight = Number(entry.slice(colon + 1));
    if (colon > 0 && Number.isFinite(weight)) keys.set(entry.slice(0, colon), weight);
  }
  return keys;
}
