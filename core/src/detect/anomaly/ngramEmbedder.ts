import { countCollapsedTrigramsAndFourgrams, countNgrams, countTrigramsAndFourgrams } from "./ngramCounts.js";
import { padCollapsed } from "./paddedCodes.js";

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
  // The detector's sizes get the one-pass loop; any others the general one.
  const defaultSizes = maxN === 4 && count.join() === "0,0,0,1,1";
  // The padded, space-collapsed text as char codes, reused across calls.
  let buf = new Uint16Array(256);
  // Signed counts are integers, exact in float32 up to 2^24 (any text under 16M characters), so
  // an integer accumulator gives the same vector as summing in float32, without a conversion per
  // n-gram; the returned vector is still a fresh array the embedder never touches again.
  const acc = new Int32Array(dims);
  const countInto = (lower: string, collapsed: boolean): Int32Array => {
    acc.fill(0);
    if (!defaultSizes) {
      if (buf.length < lower.length + 2) buf = new Uint16Array(2 * lower.length + 2);
      countNgrams(buf, padCollapsed(lower, buf), acc, count);
    } else if (collapsed) countCollapsedTrigramsAndFourgrams(lower, acc);
    else countTrigramsAndFourgrams(lower, acc);
    return acc;
  };
  const embed = (text: string): Float32Array =>
    unitVector(countInto(text.toLowerCase(), false), new Float32Array(dims));
  const reused = new Float32Array(dims);
  NORMALIZED.set(embed, (normalized) => unitVector(countInto(normalized, true), reused));
  return embed;
}

/**
 * An embedding of normalizeText's output (lower-cased, every whitespace run collapsed to one space
 * or newline) into a vector the next call overwrites: the built-in embedder's own path for such
 * text, or `embed` itself for any other function. The detector embeds every prompt once and reads
 * the vector only before the next prompt, so it skips a lower-casing pass, the whitespace
 * collapse and a vector allocation; the vector is the one `embed` returns.
 *
 * @example
 * const embed = ngramEmbedder();
 * const fast = normalizedTextEmbed(embed)(normalizeText("Ignore it").text);
 * fast[0] === embed(normalizeText("Ignore it").text)[0] // true
 */
export function normalizedTextEmbed(embed: EmbedFunction): EmbedFunction {
  return NORMALIZED.get(embed) ?? embed;
}

const NORMALIZED = new WeakMap<EmbedFunction, EmbedFunction>();

/** Writes the L2-normalized float32 copy of integer counts into `v` (all zeros stay zeros). */
function unitVector(acc: Int32Array, v: Float32Array): Float32Array {
  const dims = acc.length;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += (acc[i] as number) ** 2;
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < dims; i++) v[i] = (acc[i] as number) * inv;
  } else v.fill(0);
  return v;
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
