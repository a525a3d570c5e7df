import { spaceFlag } from "./paddedCodes.js";

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
 * `countNgrams(padCollapsed(lower))` for the default sizes, 3 and 4, once each: the same counts in
 * one pass over the string, about three times as fast as the general loop. It keeps the running
 * FNV-1a hash of the last 1, 2 and 3 characters, so each character extends every n-gram ending at
 * it with one multiplication each, all four independent of one another.
 */
export function countTrigramsAndFourgrams(lower: string, counts: Int32Array): void {
  const mask = counts.length - 1;
  const n = lower.length;
  // After the opening pad space: the hash of the last 1, 2, 3 codes, and how many codes so far.
  let h1 = Math.imul(FNV_OFFSET ^ 32, FNV_PRIME);
  let h2 = 0;
  let h3 = 0;
  let seen = 1;
  let previous = 0;
  // i === n is the closing pad space, never collapsed.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    const space = spaceFlag(c);
    if ((space & previous) === 1 && i < n) continue;
    previous = space;
    const code = c + ((32 - c) & -space);
    const h4 = Math.imul(h3 ^ code, FNV_PRIME);
    h3 = Math.imul(h2 ^ code, FNV_PRIME);
    h2 = Math.imul(h1 ^ code, FNV_PRIME);
    h1 = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    seen++;
    if (seen >= 3) {
      const hn = h3 ^ 3;
      const k = (hn >>> 1) & mask;
      counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
    }
    if (seen >= 4) {
      const hn = h4 ^ 4;
      const k = (hn >>> 1) & mask;
      counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
    }
  }
}

/**
 * `countTrigramsAndFourgrams` for text whose only whitespace is single spaces and newlines, never
 * two in a row (normalizeText's output: its collapse leaves one space or newline of every run):
 * then no unit is dropped, and a newline counts as a space. With no table lookup and no skip per
 * character it runs about a third faster.
 */
export function countCollapsedTrigramsAndFourgrams(collapsed: string, counts: Int32Array): void {
  const mask = counts.length - 1;
  const n = collapsed.length;
  let h1 = Math.imul(FNV_OFFSET ^ 32, FNV_PRIME);
  let h2 = 0;
  let h3 = 0;
  let seen = 1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? collapsed.charCodeAt(i) : 32;
    const code = c === 10 ? 32 : c;
    const h4 = Math.imul(h3 ^ code, FNV_PRIME);
    h3 = Math.imul(h2 ^ code, FNV_PRIME);
    h2 = Math.imul(h1 ^ code, FNV_PRIME);
    h1 = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    seen++;
    if (seen >= 3) {
      const hn = h3 ^ 3;
      const k = (hn >>> 1) & mask;
      counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
    }
    if (seen >= 4) {
      const hn = h4 ^ 4;
      const k = (hn >>> 1) & mask;
      counts[k] = (counts[k] as number) + ((hn & 1) << 1) - 1;
    }
  }
}
