import { defineCheck } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { chiSquareSf } from "../math/chiSquareSf.js";
import { alignedCounts } from "../math/counts.js";

/**
 * G-test (scipy's `power_divergence(..., lambda_="log-likelihood")`) of current counts against
 * raw reference counts. Evidently does not rescale the reference, so scipy refuses samples of
 * different sizes; so does this check (`CheckInputInvalid`). Drift when p < 0.1.
 */
export const gTestCheck = defineCheck({
  name: "g_test",
  displayName: "g_test",
  types: ["cat"],
  defaultThreshold: 0.1,
  rule: "lt",
  score(reference, current) {
    const { ref, cur } = alignedCounts(reference, current);
    const relative = Math.abs(current.length - reference.length) / Math.min(current.length, reference.length);
    if (relative > 1e-8) {
      throw new DriftCheckError(
        "CheckInputInvalid",
        `g_test compares raw counts, so both samples must have the same size; got reference ${reference.length}, current ${current.length}`,
        { hint: "use chisquare (it rescales the reference) or sample both sides to the same size" },
      );
    }
    let stat = 0;
    for (let i = 0; i < ref.length; i++) {
      const o = cur[i] as number;
      if (o > 0) stat += 2 * o * Math.log(o / (ref[i] as number));
    }
    return chiSquareSf(stat, ref.length - 1);
  },
});
