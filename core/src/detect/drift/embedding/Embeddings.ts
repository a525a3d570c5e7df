import { EmbeddingDriftError } from "./errors.js";

/** A set of embeddings as one row-major matrix: `rows` vectors of `dim` numbers. */
export interface Embeddings {
  rows: number;
  dim: number;
  data: Float64Array;
}

/**
 * Validates a set of embeddings (non-empty, equal lengths, finite numbers) and packs it into a
 * matrix. Errors name the offending row, e.g. `current[3][17]`.
 *
 * @example
 * const ref = toEmbeddings([[0.1, 0.2], [0.3, 0.4]], "reference");
 */
export function toEmbeddings(value: unknown, name: string, dim?: number, minRows = 1): Embeddings {
  const fail = (message: string, where: string) =>
    new EmbeddingDriftError("InvalidEmbeddings", message, {
      where,
      hint: "pass a JSON array of equal-length arrays of finite numbers (one embedding per row)",
    });
  if (!Array.isArray(value)) throw fail(`${name} must be an array of embeddings, got ${typeof value}`, name);
  if (value.length < minRows) throw fail(`${name} needs at least ${minRows} embeddings, got ${value.length}`, name);
  const first: unknown = value[0];
  const d = dim ?? (Array.isArray(first) ? first.length : 0);
  if (d === 0) throw fail(`${name}[0] must be a non-empty array of numbers`, `${name}[0]`);
  const data = new Float64Array(value.length * d);
  value.forEach((row: unknown, i) => {
    if (!Array.isArray(row))
      throw fail(`${name}[${i}] must be an array of numbers, got ${typeof row}`, `${name}[${i}]`);
    if (row.length !== d) throw fail(`${name}[${i}] has ${row.length} values, expected ${d}`, `${name}[${i}]`);
    row.forEach((x: unknown, j) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw fail(
          `${name}[${i}][${j}] must be a finite number, got ${JSON.stringify(x) ?? String(x)}`,
          `${name}[${i}][${j}]`,
        );
      }
      data[i * d + j] = x;
    });
  });
  return { rows: value.length, dim: d, data };
}

/** Column means. */
export function columnMeans(e: Embeddings): Float64Array {
  const mean = new Float64Array(e.dim);
  for (let i = 0; i < e.rows; i++) for (let j = 0; j < e.dim; j++) mean[j]! += e.data[i * e.dim + j]!;
  for (let j = 0; j < e.dim; j++) mean[j]! /= e.rows;
  return mean;
}

/** One column as an array. */
export function column(e: Embeddings, j: number): Float64Array {
  const out = new Float64Array(e.rows);
  for (let i = 0; i < e.rows; i++) out[i] = e.data[i * e.dim + j]!;
  return out;
}

/** Stacks two sets with the same dimension. */
export function stack(a: Embeddings, b: Embeddings): Embeddings {
  const data = new Float64Array((a.rows + b.rows) * a.dim);
  data.set(a.data);
  data.set(b.data, a.data.length);
  return { rows: a.rows + b.rows, dim: a.dim, data };
}
