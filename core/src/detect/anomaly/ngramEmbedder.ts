import { countNgrams, countTrigramsAndFourgrams } from "./ngramCounts.js";

/** A function from text to a fixed-length vector; the built-in one or any provider's. */
export type EmbedFunction = (text: string) => Float32Array;

/** Options of the hashed character n-gram embedder. */
export interface NgramEmbedderOptions {
  /** Vector length (a power of two). Default 512. */
  dims?: number;
  /** n-gram sizes. Default [3, 4]. */
  sizes?: number[];
}

/**
 * The built-in offline embedder: hashed character n-grams (FNV-1a, signed feature hashing) of
 * the lower-cased, space-padded text, L2-normalized. Language-agnostic and needs no model
 * download; cosine similarity between two outputs is their dot product.
 *
 * @example
 * const embed = ngramEmbedder();
 * const v = embed("ignore previous instructions"); // Float32Array(512), |v| = 1
 */
export function ngramEmbedder(options: NgramEmbedderOptions = {}): EmbedFunction {
  const dims = options.dims ?? 512;
  const sizes = options.sizes ?? [3, 4];
  const mask = dims - 1;
  if ((dims & mask) !== 0) throw new RangeError(`dims must be a power of two, got ${dims}`);
  const maxN = Math.max(0, ...sizes);
  // How many times each n-gram size is asked for (duplicates count twice, as before).
  const count = new Int32Array(maxN + 1);
  for (const n of sizes) if (n > 0) count[n] = (count[n] as number) + 1;
  // The padded, space-collapsed text as char codes, reused across calls.
  const defaultSizes = maxN === 4 && count.join() === "0,0,0,1,1";
  let buf = new Uint16Array(256);
  // Signed counts are small integers, so an integer accumulator gives the same float32 vector
  // as summing in the output array, without a float conversion per n-gram.
  const acc = new Int32Array(dims);
  return (text: string) => {
    const lower = text.toLowerCase();
    if (buf.length < lower.length + 2) buf = new Uint16Array(2 * lower.length + 2);
    const len = padCollapsed(lower, buf);
    acc.fill(0);
    if (defaultSizes) countTrigramsAndFourgrams(buf, len, acc);
    else countNgrams(buf, len, acc, count);
    return unitVector(acc);
  };
}

/** The L2-normalized float32 copy of integer counts (all zeros stay zeros). */
function unitVector(acc: Int32Array): Float32Array {
  const dims = acc.length;
  const v = new Float32Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += (acc[i] as number) ** 2;
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < dims; i++) v[i] = (acc[i] as number) * inv;
  }
  return v;
}

/**
 * Writes ` ${lower.replace(/\s+/g, " ")} ` as char codes into `buf` (at least lower.length + 2
 * long) and returns its length: one loop instead of a regex, a concatenation and a charCodeAt
 * per n-gram character. Branch-free per character, as spaces come at unpredictable places.
 */
function padCollapsed(lower: string, buf: Uint16Array): number {
  buf[0] = 32;
  let len = 1;
  let previous = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const space = c < LATIN1_SPACES.length ? (LATIN1_SPACES[c] as number) : isSpace(c) ? 1 : 0;
    buf[len] = c + ((32 - c) & -space);
    // A space right after a space is overwritten by the next character.
    len += 1 - (space & previous);
    previous = space;
  }
  buf[len++] = 32;
  return len;
}

// 1 for JavaScript's `\s` characters up to U+00A0, the ones in most text.
const LATIN1_SPACES = new Uint8Array(0xa1);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0]) LATIN1_SPACES[c] = 1;

// JavaScript's `\s`: the characters the embedder's whitespace collapsing has always used.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Dot product of two equal-length vectors (cosine similarity for unit vectors).
 *
 * @example
 * dot(embed("a"), embed("a")) // 1 (unit vectors)
 */
export function dot(a: Float32Array, b: Float32Array, offset = 0): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[offset + i] as number);
  return s;
}
