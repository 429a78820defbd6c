// Logistic regression by Newton's method (iteratively reweighted least squares) with a small ridge, for
// fitting the news ranker's word odds. Dense and tiny: a dozen features, a few tens of thousands of rows.

/** Solves A x = b in place by Gaussian elimination with partial pivoting (A is d x d, row-major). */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r * d + c] ?? 0) > Math.abs(a[pivot * d + c] ?? 0)) pivot = r;
    for (let k = 0; k < d; k++) {
      const t = a[c * d + k] ?? 0;
      a[c * d + k] = a[pivot * d + k] ?? 0;
      a[pivot * d + k] = t;
    }
    const tb = b[c] ?? 0;
    b[c] = b[pivot] ?? 0;
    b[pivot] = tb;
    const diagonal = a[c * d + c] ?? 1;
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = (a[r * d + c] ?? 0) / diagonal;
      if (f === 0) continue;
      for (let k = c; k < d; k++) a[r * d + k] = (a[r * d + k] ?? 0) - f * (a[c * d + k] ?? 0);
      b[r] = (b[r] ?? 0) - f * (b[c] ?? 0);
    }
  }
  return b.map((v, c) => v / (a[c * d + c] ?? 1));
}

/**
 * Weights w maximising the log-likelihood of `labels` under P(y=1|x) = 1 / (1 + exp(-w.x)), minus
 * `ridge` * n * |w|^2 / 2. `rows` holds n rows of d features. Features that are always 0 get weight 0.
 */
export function fitLogistic(rows: Float64Array, labels: Uint8Array, d: number, ridge = 1e-4, iterations = 12): number[] {
  const n = labels.length;
  let w = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const hessian = new Float64Array(d * d);
    const gradient = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let k = 0; k < d; k++) eta += (w[k] ?? 0) * (rows[i * d + k] ?? 0);
      const p = 1 / (1 + Math.exp(-eta));
      const weight = Math.max(1e-9, p * (1 - p));
      const residual = (labels[i] ?? 0) - p;
      for (let a = 0; a < d; a++) {
        const xa = rows[i * d + a] ?? 0;
        if (xa === 0) continue;
        gradient[a] = (gradient[a] ?? 0) + xa * residual;
        for (let b = 0; b < d; b++) hessian[a * d + b] = (hessian[a * d + b] ?? 0) + weight * xa * (rows[i * d + b] ?? 0);
      }
    }
    for (let a = 0; a < d; a++) {
      gradient[a] = (gradient[a] ?? 0) - ridge * n * (w[a] ?? 0);
      hessian[a * d + a] = (hessian[a * d + a] ?? 0) + ridge * n;
    }
    const step = solve(hessian, gradient, d);
    w = w.map((v, k) => v + (step[k] ?? 0));
  }
  return Array.from(w);
}
