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
  const count = new Array<number>(maxN + 1).fill(0);
  for (const n of sizes) if (n > 0) count[n] = (count[n] as number) + 1;
  return (text: string) => {
    const v = new Float32Array(dims);
    const s = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
    // One pass for every size: FNV-1a is sequential, so the hash of an n-gram is the running
    // hash after its n-th character, and the longer n-grams extend the shorter ones.
    for (let i = 0; i < s.length; i++) {
      let h = 0x811c9dc5;
      for (let j = 0; j < maxN && i + j < s.length; j++) {
        h = Math.imul(h ^ s.charCodeAt(i + j), 0x01000193);
        const times = count[j + 1] as number;
        if (times === 0) continue;
        const hn = h ^ (j + 1);
        // Signed hashing: collisions cancel in expectation instead of piling up.
        const k = (hn >>> 1) & mask;
        v[k] = (v[k] as number) + (hn & 1 ? times : -times);
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
