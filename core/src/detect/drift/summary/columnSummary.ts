import { z } from "zod";
import { DriftCheckError } from "../errors.js";
import type { RawValue } from "../prepareColumn.js";
import type { Category, ColumnType } from "../types.js";

const SummaryJsonSchema = z
  .object({
    version: z.literal(1),
    type: z.enum(["num", "cat"]),
    missing: z.number().int().nonnegative(),
    maxDistinct: z.number().int().positive(),
    values: z.array(z.union([z.string(), z.number(), z.boolean()])),
    counts: z.array(z.number().int().positive()),
  })
  .strict()
  .refine((s) => s.values.length === s.counts.length, "values and counts must have the same length");
export type ColumnSummaryJson = z.output<typeof SummaryJsonSchema>;

/**
 * A mergeable, JSON-serializable summary of one column: the count of each distinct value (after
 * Evidently's dropping of missing and infinite values). Reduce a huge column chunk by chunk or
 * in parallel functions, `merge` the parts, then run `summaryDrift`: results equal the raw-sample
 * checks exactly, because every supported check depends only on the values and their
 * multiplicities. Memory grows with the distinct values, not the rows; past `maxDistinct`
 * (default 100 000) `add` throws `SummaryTooLarge` rather than silently approximating.
 *
 * @example
 * const ref = ColumnSummary.of("num", chunk1).merge(ColumnSummary.of("num", chunk2));
 * summaryDrift(ref, ColumnSummary.of("num", today), "wasserstein");
 */
export class ColumnSummary {
  readonly counts = new Map<Category, number>();
  missing = 0;

  constructor(
    readonly type: ColumnType,
    readonly maxDistinct = 100_000,
  ) {}

  static of(type: ColumnType, values: Iterable<RawValue>, maxDistinct?: number): ColumnSummary {
    return new ColumnSummary(type, maxDistinct).add(values);
  }

  /** Total number of kept (non-missing, finite) values. */
  get count(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  add(values: Iterable<RawValue>): this {
    for (const v of values) {
      if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) {
        this.missing++;
        continue;
      }
      if (this.type === "num" && typeof v !== "number") {
        throw new DriftCheckError("ColumnTypeMismatch", `a numerical summary received ${JSON.stringify(v)}`, {
          hint: "summarise the column as categorical, or clean the value",
        });
      }
      this.#bump(v, 1);
    }
    return this;
  }

  /** A new summary holding both parts (neither input is changed). */
  merge(other: ColumnSummary): ColumnSummary {
    if (other.type !== this.type) {
      throw new DriftCheckError(
        "ColumnTypeMismatch",
        `cannot merge a ${other.type} summary into a ${this.type} summary`,
        {
          hint: "summarise both parts with the same column type",
        },
      );
    }
    const out = new ColumnSummary(this.type, Math.max(this.maxDistinct, other.maxDistinct));
    for (const s of [this, other]) {
      for (const [k, c] of s.counts) out.#bump(k, c);
      out.missing += s.missing;
    }
    return out;
  }

  #bump(value: Category, by: number): void {
    const c = this.counts.get(value);
    if (c === undefined && this.counts.size >= this.maxDistinct) {
      throw new DriftCheckError("SummaryTooLarge", `the column has more than ${this.maxDistinct} distinct values`, {
        hint: "raise maxDistinct (memory grows with it), round the values to the precision you care about, or use raw samples",
      });
    }
    this.counts.set(value, (c ?? 0) + by);
  }

  toJSON(): ColumnSummaryJson {
    return {
      version: 1,
      type: this.type,
      missing: this.missing,
      maxDistinct: this.maxDistinct,
      values: [...this.counts.keys()],
      counts: [...this.counts.values()],
    };
  }

  /** Rebuilds a summary from `toJSON()` output, validated (a persisted summary is external input). */
  static fromJSON(json: unknown): ColumnSummary {
    const parsed = SummaryJsonSchema.safeParse(json);
    if (!parsed.success) {
      throw new DriftCheckError(
        "InvalidSummary",
        `not a column summary: ${parsed.error.issues[0]?.message ?? "invalid"}`,
        {
          where: parsed.error.issues[0]?.path.join(".") || "summary",
          hint: "pass the output of ColumnSummary.toJSON()",
        },
      );
    }
    const s = new ColumnSummary(parsed.data.type, parsed.data.maxDistinct);
    for (const [i, v] of parsed.data.values.entries()) s.#bump(v, parsed.data.counts[i] as number);
    s.missing = parsed.data.missing;
    return s;
  }
}
