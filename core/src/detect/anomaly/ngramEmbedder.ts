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
  // The padded, space-collapsed text as char codes, reused across calls: building it in one loop
  // replaces a regex replace, a string concatenation and a charCodeAt per n-gram character.
  let buf = new Uint16Array(256);
  return (text: string) => {
    const v = new Float32Array(dims);
    const lower = text.toLowerCase();
    if (buf.length < lower.length + 2) buf = new Uint16Array(2 * lower.length + 2);
    // ` ${lower.replace(/\s+/g, " ")} `, written straight into the buffer.
    let len = 0;
    buf[len++] = 32;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (!isSpace(c)) buf[len++] = c;
      else if (i === 0 || !isSpace(lower.charCodeAt(i - 1))) buf[len++] = 32;
    }
    buf[len++] = 32;
    // One pass for every size: FNV-1a is sequential, so the hash of an n-gram is the running
    // hash after its n-th character, and the longer n-grams extend the shorter ones.
    for (let i = 0; i < len; i++) {
      let h = 0x811c9dc5;
      const last = Math.min(maxN, len - i);
      for (let j = 0; j < last; j++) {
        h = Math.imul(h ^ (buf[i + j] as number), 0x01000193);
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
