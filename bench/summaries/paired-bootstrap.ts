// A paired bootstrap of a mean difference: resample documents with replacement and look at the spread of
// mean(a - b). Seeded, so the benchmark prints the same interval every run.

/** Mulberry32: a tiny seeded PRNG, good enough for resampling. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

/** 95% percentile interval of mean(a[i] - b[i]) over `rounds` resamples. */
export function pairedBootstrap(a: readonly number[], b: readonly number[], rounds = 10_000, seed = 12345): Interval {
  const n = Math.min(a.length, b.length);
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const diffs = Array.from({ length: n }, (_, i) => (a[i] ?? 0) - (b[i] ?? 0));
  const mean = diffs.reduce((sum, d) => sum + d, 0) / n;
  const random = seededRandom(seed);
  const means = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += diffs[Math.floor(random() * n)] ?? 0;
    means[r] = sum / n;
  }
  means.sort();
  return { mean, low: means[Math.floor(rounds * 0.025)] ?? mean, high: means[Math.ceil(rounds * 0.975) - 1] ?? mean };
}
