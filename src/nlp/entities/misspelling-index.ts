const MIN_MISSPELT_LENGTH = 5;

/**
 * Names a word may misspell by one letter (added, dropped or changed), looked up in time independent of how
 * many names there are: a misspelling keeps the first letter and is at most one letter longer or shorter, so
 * only the names with that first letter and a neighbouring length are compared. Repeated names count once.
 */
export class MisspellingIndex {
  /** Names by (first letter, length), each bucket in the order the names were first added. */
  private readonly buckets = new Map<number, string[]>();
  /** Order in which each name was first added: of several matches, the earliest wins. */
  private readonly order = new Map<string, number>();

  add(name: string): void {
    if (name.length < MIN_MISSPELT_LENGTH || this.order.has(name)) return;
    this.order.set(name, this.order.size);
    const key = bucketKey(name.charCodeAt(0), name.length);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(name);
    else this.buckets.set(key, [name]);
  }

  get size(): number {
    return this.order.size;
  }

  /** The earliest-added name `word` misspells by one letter, if any. */
  misspelt(word: string): string | null {
    if (word.length < MIN_MISSPELT_LENGTH) return null;
    const first = word.charCodeAt(0);
    let best: string | null = null;
    let bestOrder = Number.POSITIVE_INFINITY;
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const name of this.buckets.get(bucketKey(first, length)) ?? []) {
        const order = this.order.get(name) ?? 0;
        if (order >= bestOrder) break;
        if (oneEditApart(word, name)) {
          best = name;
          bestOrder = order;
          break;
        }
      }
    }
    return best;
  }
}

function bucketKey(firstCode: number, length: number): number {
  return firstCode * 1024 + Math.min(length, 1023);
}

export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must match, shifted by the insertion or deletion if any.
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
