// The embedder's hot loop, hand-written: no library hashes n-grams into a caller's integer
// buffer, and this loop is a fifth of the prompt detector's time. Shared by both loops below:
// FNV-1a over UTF-16 code units, the n-gram size xor-ed into the hash, the low bit as the sign
// (signed feature hashing: collisions cancel in expectation instead of piling up).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Adds the signed hashed n-gram counts of `codes[0..len)` to `counts` (a power-of-two length):
 * every n-gram of size n is counted `times[n]` times. One pass for every size: FNV-1a is
 * sequential, so the hash of an n-gram is the running hash after its n-th character.
 */
export function countNgrams(codes: Uint16Array, len: number, counts: Int32Array, times: Int32Array): void {
  const mask = counts.length - 1;
  const maxN = times.length - 1;
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(maxN, len - i);
    for (let j = 0; j < last; j++) {
      h = Math.imul(h ^ (codes[i + j] as number), FNV_PRIME);
      const t = times[j + 1] as number;
      const hn = h ^ (j + 1);
      const k = (hn >>> 1) & mask;
      // Branch-free `hn & 1 ? t : -t`: the sign bit is a coin flip no branch predictor can learn.
      const m = (hn & 1) - 1;
      counts[k] = (counts[k] as number) + ((t ^ m) - m);
    }
  }
}

/**
 * `countNgrams` for the default sizes, 3 and 4, once each: the same counts, unrolled, about twice
 * as fast as the general loop.
 */
export function countTrigramsAndFourgrams(codes: Uint16Array, len: number, counts: Int32Array): void {
  const mask = counts.length - 1;
  let i = 0;
  for (; i + 3 < len; i++) {
    let h = Math.imul(FNV_OFFSET ^ (codes[i] as number), FNV_PRIME);
    h = Math.imul(h ^ (codes[i + 1] as number), FNV_PRIME);
    h = Math.imul(h ^ (codes[i + 2] as number), FNV_PRIME);
    let hn = h ^ 3;
    let k = (hn >>> 1) & mask;
    counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
    h = Math.imul(h ^ (codes[i + 3] as number), FNV_PRIME);
    hn = h ^ 4;
    k = (hn >>> 1) & mask;
    counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
  }
  // The last trigram has no fourgram after it.
  if (i + 3 === len) {
    let h = FNV_OFFSET;
    for (let j = i; j < len; j++) h = Math.imul(h ^ (codes[j] as number), FNV_PRIME);
    const hn = h ^ 3;
    const k = (hn >>> 1) & mask;
    counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
  }
}
