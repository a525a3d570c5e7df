import { z } from "zod";
import type { Signal } from "../signal.js";
import { defaultStatCheck } from "./defaultStatCheck.js";
import { DriftCheckError } from "./errors.js";
import { inferColumnType } from "./inferColumnType.js";
import { prepareColumn, type RawColumn } from "./prepareColumn.js";
import { checksFor, statChecks } from "./statChecks.js";
import type { CleanColumn, ColumnType, StatCheckOptions } from "./types.js";

/** One check's outcome on one column, or why Evidently's test refuses this input. */
export type CheckOutcome =
  | { test: string; score: number; threshold: number; drift: boolean }
  | { test: string; error: string; code: string };

export interface ColumnDrift {
  column: string;
  type: ColumnType;
  /** Whether the column drifted: by the first check (the default, or the one asked for). */
  drift: boolean;
  checks: CheckOutcome[];
  reference: CleanColumn;
  current: CleanColumn;
}

export interface DatasetDrift {
  drift: boolean;
  driftedShare: number;
  driftedCount: number;
  columnCount: number;
  shareThreshold: number;
  columns: ColumnDrift[];
}

/**
 * Options of `datasetDrift`, validated once at the call.
 *
 * @example
 * DatasetDriftOptionsSchema.parse({ tests: "all", shareThreshold: 0.3 });
 */
export const DatasetDriftOptionsSchema = z
  .object({
    /** Columns to compare; default: every column present in the reference. */
    columns: z.array(z.string().min(1)).optional(),
    /** Column types; inferred when absent. */
    types: z.record(z.string(), z.enum(["num", "cat"])).optional(),
    /** `"default"` (Evidently's selection), `"all"` (every check for the type), or check names. */
    tests: z.union([z.literal("default"), z.literal("all"), z.array(z.string().min(1)).min(1)]).default("default"),
    /** Threshold for every check, or per column. */
    threshold: z.number().positive().optional(),
    thresholds: z.record(z.string(), z.number().positive()).optional(),
    /** Dataset drift when the share of drifted columns is at least this. */
    shareThreshold: z.number().gt(0).max(1).default(0.5),
    seed: z.number().int().min(0).max(0xffffffff).default(0),
  })
  .strict();
export type DatasetDriftOptions = z.input<typeof DatasetDriftOptionsSchema>;

/**
 * Evidently's DataDriftPreset over column arrays: per column, missing and infinite values are
 * dropped, the default (or requested) checks run, and the dataset drifts when the share of
 * drifted columns reaches `shareThreshold` (0.5). A column whose checks all fail to apply does
 * not count as drifted; its errors are reported in `checks`.
 *
 * @example
 * const r = datasetDrift({ age: [30, 41, 52] }, { age: [70, 81, 92] });
 * r.columns[0]?.checks[0]; // { test: "ks", score: 0.1, threshold: 0.05, drift: false }
 */
export function datasetDrift(
  reference: Record<string, RawColumn>,
  current: Record<string, RawColumn>,
  options: DatasetDriftOptions = {},
): DatasetDrift {
  const opts = DatasetDriftOptionsSchema.parse(options);
  const names = opts.columns ?? Object.keys(reference);
  const columns = names.map((name) => {
    const ref = reference[name];
    const cur = current[name];
    if (ref === undefined || cur === undefined) {
      const side = ref === undefined ? "reference" : "current";
      throw new DriftCheckError("MissingColumn", `column "${name}" is missing from the ${side} data`, {
        where: `${side}:${name}`,
        hint: `available ${side} columns: ${Object.keys(side === "reference" ? reference : current).join(", ")}`,
      });
    }
    return columnDrift(name, ref, cur, opts);
  });
  const driftedCount = columns.filter((c) => c.drift).length;
  const driftedShare = columns.length === 0 ? 0 : driftedCount / columns.length;
  return {
    drift: columns.length > 0 && driftedShare >= opts.shareThreshold,
    driftedShare,
    driftedCount,
    columnCount: columns.length,
    shareThreshold: opts.shareThreshold,
    columns,
  };
}

function columnDrift(
  name: string,
  rawRef: RawColumn,
  rawCur: RawColumn,
  opts: z.output<typeof DatasetDriftOptionsSchema>,
): ColumnDrift {
  const type = opts.types?.[name] ?? inferColumnType(rawRef, rawCur);
  const reference = prepareColumn(rawRef, type, name, "reference");
  const current = prepareColumn(rawCur, type, name, "current");
  const tests =
    opts.tests === "default"
      ? [defaultStatCheck(reference, current, type)]
      : opts.tests === "all"
        ? checksFor(type)
        : opts.tests;
  const seed: StatCheckOptions = { seed: opts.seed };
  const checks = tests.map((test): CheckOutcome => {
    const check = statChecks.get(test);
    if (opts.tests !== "default" && !check.types.includes(type)) {
      return {
        test,
        error: `${test} does not apply to a ${type === "num" ? "numerical" : "categorical"} column`,
        code: "CheckNotApplicable",
      };
    }
    const threshold = opts.thresholds?.[name] ?? opts.threshold ?? check.defaultThreshold;
    try {
      const r = check.run(reference, current, type, threshold, seed);
      return { test, score: r.score, threshold: r.threshold, drift: r.drift };
    } catch (error) {
      if (error instanceof DriftCheckError) return { test, error: error.message, code: error.code };
      throw error;
    }
  });
  const first = checks.find((c) => "drift" in c);
  return {
    column: name,
    type,
    drift: first !== undefined && "drift" in first && first.drift,
    checks,
    reference,
    current,
  };
}

/**
 * Each column's first successful check as a `drift.data` Signal (name `<test>:<column>`).
 *
 * @example
 * driftSignals(datasetDrift(ref, cur)).filter((s) => s.detected);
 */
export function driftSignals(result: DatasetDrift, at?: string): Signal[] {
  return result.columns.flatMap((c) =>
    c.checks.flatMap((check) =>
      "drift" in check
        ? [
            {
              kind: "drift.data" as const,
              name: `${check.test}:${c.column}`,
              score: check.score,
              threshold: check.threshold,
              detected: check.drift,
              evidence: { column: c.column, type: c.type, test: check.test },
              ...(at === undefined ? {} : { at }),
            },
          ]
        : [],
    ),
  );
}
