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
  return (text: string) => {
    const v = new Float32Array(dims);
    const s = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
    for (const n of sizes) {
      for (let i = 0; i + n <= s.length; i++) {
        let h = 0x811c9dc5;
        for (let j = 0; j < n; j++) h = Math.imul(h ^ s.charCodeAt(i + j), 0x01000193);
        h ^= n;
        // Signed hashing: collisions cancel in expectation instead of piling up.
        const k = (h >>> 1) & mask;
        v[k] = (v[k] as number) + (h & 1 ? 1 : -1);
      }
    }
    let norm = 0;
    for (let i = 0; i < dims; i++) norm += (v[i] as number) ** 2;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < dims; i++) v[i] = (v[i] as number) * inv;
    }
    return v;
  };
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
