import { defaultStatCheck } from "../defaultStatCheck.js";
import { isDrift } from "../defineCheck.js";
import { DriftCheckError } from "../errors.js";
import { statChecks } from "../statChecks.js";
import type { Category, CleanColumn, StatResult } from "../types.js";
import type { ColumnSummary } from "./columnSummary.js";
import { FROM_COUNTS } from "./countScorers.js";

/**
 * Checks that need the raw rows in their order: permutation tests over the pooled sample
 * (`TVD`), O(n²) kernels (`empirical_mmd`), and `es`, whose pseudo-inverse rank on discrete data
 * turns on float rounding, so only the original order reproduces Evidently's number.
 *
 * @example
 * RAW_ONLY_CHECKS.includes("TVD"); // true
 */
export const RAW_ONLY_CHECKS = ["empirical_mmd", "TVD", "es"] as const;

/**
 * Runs a stat check on two column summaries (Evidently's default selection when `test` is
 * omitted). `ks`, `wasserstein`, `ed`, `t_test`, `psi`, `jensenshannon`, `kl_div`, `chisquare`
 * and `z` are computed from the counts; the other rank and exact tests (`anderson`,
 * `cramer_von_mises`, `mannw`, `hellinger`, `g_test`, `fisher_exact`) rebuild the sorted
 * sample from the counts (memory ∝ rows at check time); `empirical_mmd`, `TVD` and `es` need
 * raw samples and throw `NeedsRawSamples`.
 *
 * @example
 * summaryDrift(refSummary, curSummary).drift;
 */
export function summaryDrift(
  reference: ColumnSummary,
  current: ColumnSummary,
  test?: string,
  threshold?: number,
): StatResult & { test: string } {
  for (const [side, s] of [
    ["reference", reference],
    ["current", current],
  ] as const) {
    if (s.count === 0)
      throw new DriftCheckError("EmptyColumn", `the ${side} summary holds no values`, {
        where: side,
        hint: "summarise a non-empty column",
      });
  }
  if (reference.type !== current.type) {
    throw new DriftCheckError("ColumnTypeMismatch", `reference is ${reference.type}, current is ${current.type}`, {
      hint: "summarise both sides with the same type",
    });
  }
  const type = reference.type;
  const name = test ?? defaultStatCheck(expandDistinct(reference), expandDistinct(current), type, reference.count);
  const check = statChecks.get(name);
  const t = threshold ?? check.defaultThreshold;
  if ((RAW_ONLY_CHECKS as readonly string[]).includes(name)) {
    throw new DriftCheckError("NeedsRawSamples", `${name} needs the raw samples, a summary is not enough`, {
      hint: `run ${name} on raw columns, or pick one of: ${Object.keys(FROM_COUNTS).join(", ")}`,
    });
  }
  const scorer = FROM_COUNTS[name];
  if (scorer !== undefined) {
    const score = scorer(reference, current);
    return { test: name, score, threshold: t, drift: isDrift(check.rule, score, t) };
  }
  return { test: name, ...check.run(expand(reference), expand(current), type, t) };
}

/** One value per distinct key: enough for the default selection's distinct-value count. */
function expandDistinct(s: ColumnSummary): CleanColumn {
  return s.type === "num" ? Float64Array.from(s.counts.keys() as Iterable<number>) : [...s.counts.keys()];
}

function expand(s: ColumnSummary): CleanColumn {
  const out: Category[] = [];
  const keys = [...s.counts.keys()];
  if (s.type === "num") (keys as number[]).sort((a, b) => a - b);
  for (const k of keys) for (let i = 0; i < (s.counts.get(k) as number); i++) out.push(k);
  return s.type === "num" ? Float64Array.from(out as number[]) : out;
}
