/** The look-up tables of `PrefixSlots`, read directly by `wordStarts`. */
export interface SlotTables {
  /** Codes of keys below 2^14 (one or two characters), by key. */
  short: Int32Array;
  /** Open-addressing table: `key + 1` (0: empty) and its code, at `imul(key, φ) >>> shift`. */
  keys: Int32Array;
  codes: Int32Array;
  shift: number;
  /** Per UTF-16 code unit: 0, or 1 + the `pivotLiterals` entry of the literals pivoting on it. */
  pivots: Uint16Array;
}

/**
 * The code of `key` in the open-addressing table (see `PrefixSlots.lookup`).
 *
 * @example
 * probe(new PrefixSlots().tables(), 5) // 0
 */
export function probe(t: SlotTables, key: number): number {
  const { keys } = t;
  const mask = keys.length - 1;
  for (let h = Math.imul(key, 0x9e3779b1) >>> t.shift; ; h = (h + 1) & mask) {
    const k = keys[h] as number;
    if (k === 0) return 0;
    if (k === key + 1) return t.codes[h] as number;
  }
}

/** A literal anchor, found by its pivot: the code unit `offset` characters into it. */
interface PivotLiteral {
  text: string;
  offset: number;
  slot: number;
}

/**
 * Gives every anchor some rule needs a small slot number, shared by the rules of one detector:
 * word prefixes (`prefixKey`, found at word starts) and literals (found anywhere). One scan of a
 * text (`wordStarts`) fills every slot's offsets, and a rule reads its slots by array index.
 *
 * @example
 * const slots = new PrefixSlots();
 * slots.slot(prefixKey("igno")) // 0
 * slots.literal("忽略") // 1
 */
export class PrefixSlots {
  private readonly slots = new Map<number, number>();
  private readonly literals = new Map<string, number>();
  private count = 0;
  /** Open-addressing table over every slotted key and its proper prefixes; rebuilt when stale. */
  private built: SlotTables = {
    short: new Int32Array(0),
    keys: new Int32Array(0),
    codes: new Int32Array(0),
    shift: 32,
    pivots: new Uint16Array(0),
  };
  private builtFor = -1;
  private pivotsFor = -1;
  private pivotLists: PivotLiteral[][] = [];

  /** The slot of a `prefixKey`, assigned on first use. */
  slot(key: number): number {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = this.count++;
      this.slots.set(key, s);
    }
    return s;
  }

  /** The slot of a literal anchor (offsets where it occurs), assigned on first use. */
  literal(text: string): number {
    let s = this.literals.get(text);
    if (s === undefined) {
      s = this.count++;
      this.literals.set(text, s);
    }
    return s;
  }

  /** The slot of a `prefixKey`, or undefined when no rule wants it. */
  find(key: number): number | undefined {
    return this.slots.get(key);
  }

  get size(): number {
    return this.count;
  }

  /**
   * For `wordStarts`: 0 when neither `key` nor any longer slotted key starting with it exists (the
   * rest of the word needs no look-up), else `(slot + 1) << 1 | longer` (slot + 1 = 0: no slot).
   * A typed-array probe instead of a Map look-up per character of every word.
   */
  lookup(key: number): number {
    const t = this.tables();
    return key < 16384 ? (t.short[key] as number) : probe(t, key);
  }

  /** The look-up tables `wordStarts` reads directly in its character loop. */
  tables(): SlotTables {
    if (this.builtFor !== this.count) this.build();
    if (this.pivotsFor !== this.count) this.buildPivots();
    return this.built;
  }

  /**
   * For `wordStarts`: per UTF-16 code unit, 0 or 1 + the index in `pivotLiterals` of the literals
   * pivoting on it. The pivot is a literal's first non-ASCII unit (else its first non-word one, else
   * its first), so text without those rare characters costs one table read per character and no
   * `startsWith` at all (a non-ASCII literal never even looks at ASCII text).
   */
  pivots(): Uint16Array {
    return this.tables().pivots;
  }

  /** The literals of one `pivots()` entry (entry - 1). */
  pivotLiterals(entry: number): readonly PivotLiteral[] {
    return this.pivotLists[entry] ?? [];
  }

  private buildPivots(): void {
    const table = new Uint16Array(65536);
    const lists: PivotLiteral[][] = [];
    for (const [text, slot] of this.literals) {
      const offset = pivotOffset(text);
      const unit = text.charCodeAt(offset);
      if (table[unit] === 0) {
        lists.push([]);
        table[unit] = lists.length;
      }
      lists[(table[unit] as number) - 1]?.push({ text, offset, slot });
    }
    this.built.pivots = table;
    this.pivotLists = lists;
    this.pivotsFor = this.count;
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
    const shift = 32 - Math.log2(size);
    const keys = new Int32Array(size);
    const values = new Int32Array(size);
    // Keys of one or two characters (14 bits) are read by index, without hashing.
    const short = new Int32Array(16384);
    for (const [key, code] of codes) {
      if (key < 16384) short[key] = code;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      while (keys[h] !== 0) h = (h + 1) & (size - 1);
      keys[h] = key + 1;
      values[h] = code;
    }
    this.built = { ...this.built, short, keys, codes: values, shift };
    this.builtFor = this.count;
  }
}

// The rarest-looking unit of a literal, so that few positions of a text call `startsWith`:
// non-ASCII first (never in ASCII text), then punctuation, digits and `_`, then the letter rarest
// in English; a space only for a literal of spaces.
function pivotOffset(text: string): number {
  let best = 0;
  let bestRank = -1;
  for (let i = 0; i < text.length; i++) {
    const r = rarity(text.charCodeAt(i));
    if (r > bestRank) {
      best = i;
      bestRank = r;
    }
  }
  return best;
}

const LETTERS_COMMON_FIRST = "etaoinshrdlcumwfgypbvkjxqz";

function rarity(c: number): number {
  if (c > 127) return 100;
  if (c === 32) return 0;
  const letter = LETTERS_COMMON_FIRST.indexOf(String.fromCharCode(c).toLowerCase());
  return letter < 0 ? 50 : 1 + letter;
}
