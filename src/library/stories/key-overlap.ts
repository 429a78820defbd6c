import { NAME_WEIGHT } from "./story-features.js";

/** Shared weight (the smaller weight of each shared key, summed) and the number of shared names. */
export function keyOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { sharedWeight: number; sharedNames: number } {
  let sharedWeight = 0;
  let sharedNames = 0;
  const large = a.size <= b.size ? b : a;
  (a.size <= b.size ? a : b).forEach((weight, key) => {
    const other = large.get(key);
    if (other === undefined) return;
    sharedWeight += Math.min(weight, other);
    if (weight >= NAME_WEIGHT && other >= NAME_WEIGHT) sharedNames++;
  });
  return { sharedWeight, sharedNames };
}
