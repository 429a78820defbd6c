// The lexicon (lexicon.ts) as an open-addressing table over character codes, looked up straight from the
// document text: a word's bits are found without touching its string object. On a news article the
// strings of the words sit all over the heap, and reaching each one costs a cache miss; the text and this
// table are compact.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Per slot: hash, start of the key in KEY_CODES, key length, bits.
const SLOT = 4;

let mask = 0;
let slots = new Int32Array(0);
let keyCodes = new Uint16Array(0);

/** Fills the table from the lexicon's words (lower case, ASCII or not) and their bits. */
export function buildLexiconTable(entries: Iterable<[string, number]>): void {
  const list = [...entries].filter(([word]) => isAscii(word));
  let capacity = 16;
  while (capacity < list.length * 2) capacity *= 2;
  mask = capacity - 1;
  slots = new Int32Array(capacity * SLOT);
  keyCodes = new Uint16Array(list.reduce((n, [word]) => n + word.length, 0));
  let used = 0;
  for (const [word, bits] of list) {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      keyCodes[used + i] = c;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    hash |= 1; // 0 marks an empty slot
    let slot = (hash & mask) * SLOT;
    while (slots[slot] !== 0) slot = (slot + SLOT) & (mask * SLOT + SLOT - 1);
    slots[slot] = hash;
    slots[slot + 1] = used;
    slots[slot + 2] = word.length;
    slots[slot + 3] = bits;
    used += word.length;
  }
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * The listed bits of the word `text[start, end)` read in lower case, or -1 when it holds a character
 * outside ASCII (the caller then looks its string up).
 */
export function listedBitsInText(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  hash |= 1;
  const length = end - start;
  let slot = (hash & mask) * SLOT;
  for (;;) {
    const stored = slots[slot] as number;
    if (stored === 0) return 0;
    if (stored === hash && slots[slot + 2] === length && sameWord(text, start, slots[slot + 1] as number, length)) return slots[slot + 3] as number;
    slot = (slot + SLOT) & (mask * SLOT + SLOT - 1);
  }
}

function sameWord(text: string, start: number, key: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== keyCodes[key + i]) return false;
  }
  return true;
}
