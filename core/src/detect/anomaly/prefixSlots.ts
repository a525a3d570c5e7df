/**
 * Gives every word prefix some rule is anchored on a small slot number, shared by the rules of
 * one detector, so a rule finds its offsets by array index rather than a hash lookup per prefix.
 *
 * @example
 * const slots = new PrefixSlots();
 * slots.slot(prefixKey("igno")) // 0
 */
export class PrefixSlots {
  private readonly slots = new Map<number, number>();
  /** Open-addressing table over every slotted key and its proper prefixes; rebuilt when stale. */
  private keys = new Int32Array(0);
  private codes = new Int32Array(0);
  private shift = 32;
  private builtFor = -1;

  /** The slot of a `prefixKey`, assigned on first use. */
  slot(key: number): number {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = this.slots.size;
      this.slots.set(key, s);
    }
    return s;
  }

  /** The slot of a `prefixKey`, or undefined when no rule wants it. */
  find(key: number): number | undefined {
    return this.slots.get(key);
  }

  get size(): number {
    return this.slots.size;
  }

  /**
   * For `wordStarts`: 0 when neither `key` nor any longer slotted key starting with it exists (the
   * rest of the word needs no look-up), else `(slot + 1) << 1 | longer` (slot + 1 = 0: no slot).
   * A typed-array probe instead of a Map look-up per character of every word.
   */
  lookup(key: number): number {
    if (this.builtFor !== this.slots.size) this.build();
    const { keys, shift } = this;
    const mask = keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> shift; ; h = (h + 1) & mask) {
      const k = keys[h] as number;
      if (k === 0) return 0;
      if (k === key + 1) return this.codes[h] as number;
    }
  }

  private build(): void {
    const codes = new Map<number, number>();
    for (const [key, slot] of this.slots) {
      codes.set(key, ((codes.get(key) ?? 0) & 1) | ((slot + 1) << 1));
      // Every proper prefix (7 bits a character) learns that a longer key extends it.
      for (let bits = 7; bits < 28 && key >>> bits !== 0; bits += 7) {
        const p = key & ((1 << bits) - 1);
        codes.set(p, (codes.get(p) ?? 0) | 1);
      }
    }
    let size = 16;
    while (size < codes.size * 4) size *= 2;
    this.shift = 32 - Math.log2(size);
    this.keys = new Int32Array(size);
    this.codes = new Int32Array(size);
    for (const [key, code] of codes) {
      let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[h] !== 0) h = (h + 1) & (size - 1);
      this.keys[h] = key + 1;
      this.codes[h] = code;
    }
    this.builtFor = this.slots.size;
  }
}
