import { Matrix, SingularValueDecomposition } from "ml-matrix";
import { defineCheck } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { chiSquareSf } from "../math/chiSquareSf.js";
import { asNumbers, percentileLinear, sorted } from "../math/numeric.js";

const T = [0.4, 0.8];

/**
 * scipy's `epps_singleton_2samp` (empirical characteristic function at t = 0.4, 0.8 scaled by
 * the pooled IQR, pseudo-inverse of the pooled covariance, small-sample correction below 25).
 * Evidently raises when the pooled IQR is zero, and scipy below 5 values per side: so does this.
 * Drift when p < 0.05.
 */
export const eppsSingletonCheck = defineCheck({
  name: "es",
  displayName: "Epps-Singleton",
  types: ["num"],
  defaultThreshold: 0.05,
  rule: "lt",
  score(reference, current) {
    const x = asNumbers(reference, "es");
    const y = asNumbers(current, "es");
    const pooled = new Float64Array(x.length + y.length);
    pooled.set(x);
    pooled.set(y, x.length);
    const ps = sorted(pooled);
    const iqr = percentileLinear(ps, 75) - percentileLinear(ps, 25);
    if (iqr === 0) {
      throw new DriftCheckError(
        "CheckInputInvalid",
        "es (Epps-Singleton) needs a non-zero interquartile range; the pooled IQR is 0",
        {
          hint: "the middle half of the data is one value: use ks, wasserstein or a categorical check",
        },
      );
    }
    const nx = x.length;
    const ny = y.length;
    if (nx < 5 || ny < 5) {
      throw new DriftCheckError("CheckInputInvalid", `es needs at least 5 values per sample, got ${nx} and ${ny}`, {
        hint: "collect more data or use ks",
      });
    }
    const n = nx + ny;
    const sigma = iqr / 2;
    const gx = features(x, sigma);
    const gy = features(y, sigma);
    const cx = covariance(gx);
    const cy = covariance(gy);
    const est = cx.mul(n / nx).add(cy.mul(n / ny));
    const svd = new SingularValueDecomposition(est, { autoTranspose: true });
    const s = svd.diagonal;
    const smax = Math.max(...s);
    const inv = Matrix.zeros(4, 4);
    const kept: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if ((s[i] as number) <= 1e-15 * smax) continue;
      kept.push(1 / (s[i] as number));
      const v = svd.rightSingularVectors.getColumnVector(i);
      const u = svd.leftSingularVectors.getColumnVector(i);
      inv.add(v.mmul(u.transpose()).mul(1 / (s[i] as number)));
    }
    // numpy's matrix_rank of the pseudo-inverse: singular values above max · 4 · eps.
    const tol = Math.max(...kept) * 4 * Number.EPSILON;
    const rank = kept.filter((v) => v > tol).length;
    const diff = Matrix.columnVector(meanRows(gx).map((m, i) => m - (meanRows(gy)[i] as number)));
    let w = n * diff.transpose().mmul(inv).mmul(diff).get(0, 0);
    if (Math.max(nx, ny) < 25) w *= 1 / (1 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
    return chiSquareSf(w, rank);
  },
});

function features(v: Float64Array, sigma: number): number[][] {
  return Array.from(v, (x) => {
    const a = (T[0] as number) / sigma;
    const b = (T[1] as number) / sigma;
    return [Math.cos(a * x), Math.cos(b * x), Math.sin(a * x), Math.sin(b * x)];
  });
}

function meanRows(rows: number[][]): number[] {
  const m = [0, 0, 0, 0];
  for (const r of rows) for (let j = 0; j < 4; j++) m[j] = (m[j] as number) + (r[j] as number);
  return m.map((s) => s / rows.length);
}

/** numpy's `cov(g.T, bias=True)`. */
function covariance(rows: number[][]): Matrix {
  const m = meanRows(rows);
  const c = Matrix.zeros(4, 4);
  for (const r of rows) {
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++)
        c.set(i, j, c.get(i, j) + ((r[i] as number) - (m[i] as number)) * ((r[j] as number) - (m[j] as number)));
    }
  }
  return c.div(rows.length);
}
