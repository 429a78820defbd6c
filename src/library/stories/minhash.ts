// A bottom-k MinHash sketch of an article's word 3-grams: the k smallest shingle hashes. Two copies of one
// text that differ by a few edited words share almost all shingles, so almost all of their smallest hashes;
// unrelated texts share none. The sketch estimates the Jaccard similarity of the two shingle sets directly
// (SimHash, tried first, flipped 5 of 64 bits for a single changed word on a 200-word article).
// One pass over the characters, no per-word strings, about one comparison per shingle: it runs on every
// stored article.

/** Hashes kept per sketch: the estimate's standard error is about sqrt(J(1-J)/k), ±0.08 at J = 0.9. */
export const SKETCH_SIZE = 16;
/** Texts with fewer shingles than this get no sketch: a few words say nothing reliable. */
export const MIN_SHINGLES = 12;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The sketch of the word 3-grams of the paragraphs, as hex (8 digits per hash, ascending), or "" when the
 * text is too short. Words are runs of letters and digits, ASCII case-folded; punctuation and spacing do
 * not count.
 */
export function minhashSketch(paragraphs: readonly string[]): string {
  const smallest: number[] = [];
  let w1 = 0;
  let w2 = 0;
  let words = 0;
  for (const text of paragraphs) {
    let hash = FNV_OFFSET;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (isWordChar(code)) {
        hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      inWord = false;
      const word = hash >>> 0;
      hash = FNV_OFFSET;
      if (++words >= 3) keepSmallest(smallest, fmix32(Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ word));
      w1 = w2;
      w2 = word;
    }
  }
  if (words - 2 < MIN_SHINGLES) return "";
  return smallest.map((h) => h.toString(16).padStart(8, "0")).join("");
}

/** Estimated Jaccard similarity of the shingle sets behind two sketches; 0 when either is missing. */
export function estimateJaccard(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  // Decoded into two reused buffers: this runs for every candidate of every stored article, and parseInt
  // over fresh substrings into fresh arrays was a tenth of the clustering time.
  const xLength = decodeInto(a, LEFT);
  const yLength = decodeInto(b, RIGHT);
  // The k smallest hashes of the union, and how many of them are in both sketches.
  const k = Math.min(SKETCH_SIZE, Math.max(xLength, yLength));
  let i = 0;
  let j = 0;
  let both = 0;
  for (let taken = 0; taken < k && (i < xLength || j < yLength); taken++) {
    const u = i < xLength ? LEFT[i]! : Infinity;
    const v = j < yLength ? RIGHT[j]! : Infinity;
    if (u === v) {
      both++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return both / k;
}

/** Inserts `h` into the ascending list of at most SKETCH_SIZE distinct smallest hashes. */
function keepSmallest(smallest: number[], h: number): void {
  const n = smallest.length;
  if (n === SKETCH_SIZE && h >= smallest[n - 1]!) return;
  let i = n;
  while (i > 0 && smallest[i - 1]! > h) i--;
  if (smallest[i - 1] === h) return;
  // Shifted by hand: splice allocated on every insertion, and this runs for every shingle until the list settles.
  for (let j = n === SKETCH_SIZE ? n - 1 : n; j > i; j--) smallest[j] = smallest[j - 1]!;
  smallest[i] = h;
}

const LEFT = new Uint32Array(SKETCH_SIZE);
const RIGHT = new Uint32Array(SKETCH_SIZE);

/** Writes the sketch's hashes (8 hex digits each, as minhashSketch writes them) into `out`; returns how many. */
function decodeInto(sketch: string, out: Uint32Array): number {
  const count = Math.min(out.length, Math.floor(sketch.length / 8));
  for (let n = 0; n < count; n++) {
    let value = 0;
    for (let i = n * 8, end = i + 8; i < end; i++) value = value * 16 + hexDigit(sketch.charCodeAt(i));
    out[n] = value;
  }
  return count;
}

/** The value of a hex digit (either case); sketches are only ever written by minhashSketch, in lower-case hex. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : 0;
}

/** Murmur3's finaliser: spreads every input bit over the output, so the smallest hashes are a fair sample. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 letters and everything above the punctuation blocks count as word characters.
  return (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) || code >= 0x2c00;
}
