import { wasmMaxDot } from "./wasmMaxDot.js";

/** Largest dot product between a query and fixed rows, floored at 0. */
export type MaxDot = (query: Float32Array) => number;

/**
 * Builds the corpus similarity scan over `rows` (each `dims` long): the WebAssembly SIMD kernel
 * where the runtime has one, else the same scan in JavaScript. Both sum every row in dimension
 * order exactly as `s += q[i] * row[i]` in doubles, so both return the scalar loop's value, bit
 * for bit: they only advance several rows at once. That breaks the chain of dependent additions
 * that made the scalar loop slow (one row at a time waits on each add's latency).
 *
 * @example
 * const maxDot = createMaxDot([embed("ignore previous instructions")], 256);
 * maxDot(embed("please ignore all previous instructions")) // ~0.8
 */
export function createMaxDot(rows: readonly Float32Array[], dims: number, useWasm = true): MaxDot {
  if (rows.length === 0 || dims === 0) return () => 0;
  const blocks = packRowBlocks(rows, dims);
  const padded = blocks.length / dims;
  const wasm = useWasm ? wasmMaxDot(blocks, dims, padded) : null;
  if (wasm) return wasm;
  const query = new Float64Array(dims);
  return (vector) => {
    query.set(vector);
    return maxDotBlocks(query, blocks, dims, padded);
  };
}

/** Rows padded with zero rows to a multiple of 8 (a zero row's dot is 0: it never wins). */
const PAD = 8;
/** Rows per block; the last block may hold 8. */
const BLOCK = 16;

function blockWidth(rows: number, start: number): number {
  return rows - start >= BLOCK ? BLOCK : PAD;
}

/**
 * The rows as doubles in blocks of 16 rows (the last may hold 8): for each dimension, the
 * block's values side by side, so one pass over the dimensions feeds every row of the block.
 */
export function packRowBlocks(rows: readonly Float32Array[], dims: number): Float64Array {
  const padded = Math.ceil(rows.length / PAD) * PAD;
  const out = new Float64Array(padded * dims);
  for (let start = 0; start < padded; start += blockWidth(padded, start)) {
    const width = blockWidth(padded, start);
    for (let lane = 0; lane < width; lane++) {
      const row = rows[start + lane];
      if (!row) continue;
      for (let i = 0; i < dims; i++) out[start * dims + i * width + lane] = row[i] ?? 0;
    }
  }
  return out;
}

/** The scan in JavaScript over `packRowBlocks` output, four rows at a time. */
function maxDotBlocks(query: Float64Array, blocks: Float64Array, dims: number, rows: number): number {
  let best = 0;
  for (let start = 0; start < rows; start += blockWidth(rows, start)) {
    const width = blockWidth(rows, start);
    for (let lane = 0; lane < width; lane += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0, o = start * dims + lane; i < dims; i++, o += width) {
        const x = query[i] as number;
        s0 += x * (blocks[o] as number);
        s1 += x * (blocks[o + 1] as number);
        s2 += x * (blocks[o + 2] as number);
        s3 += x * (blocks[o + 3] as number);
      }
      // `>` rather than Math.max: a NaN row is skipped, as the scalar loop did.
      if (s0 > best) best = s0;
      if (s1 > best) best = s1;
      if (s2 > best) best = s2;
      if (s3 > best) best = s3;
    }
  }
  return best;
}
