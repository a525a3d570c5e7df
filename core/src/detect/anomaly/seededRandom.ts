/**
 * A seeded 32-bit PRNG (mulberry32) whose whole state is one integer, so a detector that uses
 * it stays JSON-serializable. Hand-written: six lines, and the npm generators keep opaque state.
 *
 * @example
 * const r = new SeededRandom(42); r.next(); // a float in [0, 1)
 */
export class SeededRandom {
  state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
