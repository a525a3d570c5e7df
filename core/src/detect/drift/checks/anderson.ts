import { Matrix, solve } from "ml-matrix";
import { defineCheck } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { asNumbers, searchSorted, sorted } from "../math/numeric.js";

const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIG = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/**
 * scipy's `anderson_ksamp([reference, current])` (midrank statistic, Scholz & Stephens): the
 * p-value is interpolated from the tabulated critical values by a quadratic fit of log p and
 * capped to [0.001, 0.25], as scipy does. Raises where scipy raises (fewer than two distinct
 * values). Drift when p < 0.1.
 */
export const andersonCheck = defineCheck({
  name: "anderson",
  displayName: "Anderson-Darling",
  types: ["num"],
  defaultThreshold: 0.1,
  rule: "lt",
  score(reference, current) {
    const samples = [sorted(asNumbers(reference, "anderson")), sorted(asNumbers(current, "anderson"))];
    const Z = new Float64Array(samples[0]!.length + samples[1]!.length);
    Z.set(samples[0]!);
    Z.set(samples[1]!, samples[0]!.length);
    Z.sort();
    const N = Z.length;
    const zstar = Float64Array.from(new Set(Z));
    if (zstar.length < 2) {
      throw new DriftCheckError(
        "CheckInputInvalid",
        "anderson needs more than one distinct value across both samples",
        {
          hint: "the column is constant: use a categorical check such as chisquare or z",
        },
      );
    }
    let a2kn = 0;
    for (const s of samples) {
      const ni = s.length;
      let inner = 0;
      for (const z of zstar) {
        const left = searchSorted(Z, z, "left");
        const lj = searchSorted(Z, z, "right") - left;
        const bj = left + lj / 2;
        const right = searchSorted(s, z, "right");
        const fij = right - searchSorted(s, z, "left");
        const mij = right - fij / 2;
        inner += ((lj / N) * (N * mij - bj * ni) ** 2) / (bj * (N - bj) - (N * lj) / 4);
      }
      a2kn += inner / ni;
    }
    a2kn *= (N - 1) / N;
    const k = 2;
    const H = 1 / samples[0]!.length + 1 / samples[1]!.length;
    let cum = 0;
    let g = 0;
    for (let i = N - 1, idx = 0; i > 1; i--, idx++) {
      cum += 1 / i;
      g += cum / (idx + 2);
    }
    const h = cum + 1;
    const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
    const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
    const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
    const d = (2 * h + 6) * k ** 2 - 4 * h * k;
    const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
    const m = k - 1;
    const A2 = (a2kn - m) / Math.sqrt(sigmasq);
    const critical = B0.map((b0, i) => b0 + (B1[i] as number) / Math.sqrt(m) + (B2[i] as number) / m);
    if (A2 < Math.min(...critical)) return 0.25;
    if (A2 > Math.max(...critical)) return 0.001;
    // Quadratic least-squares fit of log(significance) on the critical values (numpy's polyfit).
    const X = new Matrix(critical.map((x) => [x * x, x, 1]));
    const y = Matrix.columnVector(SIG.map(Math.log));
    const coef = solve(X, y).to1DArray();
    return Math.exp(((coef[0] as number) * A2 + (coef[1] as number)) * A2 + (coef[2] as number));
  },
});
