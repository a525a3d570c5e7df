import { pivotOffset } from "./literalPivot.js";
import { buildSlotTrie } from "./slotTrie.js";

/**
 * The look-up tables of `PrefixSlots`, read directly by `AnchorIndex.scan` in its character loop:
 * the trie of word keys (`buildSlotTrie`), and the literals by pivot.
 */
export interface SlotTables {
  /** Per UTF-16 code unit: its trie symbol (`END` for every character that is not a word one). */
  symbols: Uint8Array;
  /** The trie (see `buildSlotTrie`). */
  trie: Int32Array;
  /** Per UTF-16 code unit: 0, or 1 + the entry (in `pivotFirst`) of the literals pivoting on it. */
  pivots: Uint16Array;
  /**
   * The literals of every `pivots` entry, flat: entry `e`'s are `pivotFirst[e]` up to (not
   * including) `pivotFirst[e + 1]`, each with its text, its pivot's offset in it, and its slot.
   */
  pivotFirst: Int32Array;
  literalText: readonly string[];
  literalPivot: Int32Array;
  literalSlot: Int32Array;
  /**
   * Per literal, a second unit to compare before the whole literal (its first, or its last when
   * the pivot is the first): its offset in the literal (-1 for a one-unit literal), and the unit.
   */
  literalCheck: Int32Array;
  literalUnit: Int32Array;
  /** Per UTF-16 code unit: `WORD` if JavaScript's `\w` matches it, | `PIVOT` if literals pivot on it. */
  kinds: Uint8Array;
}

/** `SlotTables.kinds` bits. */
export const WORD = 1;
export const PIVOT = 2;

/** A literal anchor, found by its pivot: the code unit `offset` characters into it. */
interface PivotLiteral {
  text: string;
  offset: number;
  slot: number;
}

/**
 * Gives every anchor some rule needs a small slot number, shared by the rules of one detector:
 * word prefixes (`prefixKey`, found at word starts) and literals (found anywhere). One scan of a
 * text (`AnchorIndex`) fills every slot's offsets, and a rule reads its slots by array index.
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
  private builtFor = -1;
  private built: SlotTables | null = null;

  /** The slot of a `prefixKey` (or `wordKey`), assigned on first use. */
  slot(key: number): number {
    return this.assign(this.slots, key);
  }

  /** The slot of a literal anchor (offsets where it occurs), assigned on first use. */
  literal(text: string): number {
    return this.assign(this.literals, text);
  }

  private assign<K>(slots: Map<K, number>, key: K): number {
    let s = slots.get(key);
    if (s === undefined) {
      s = this.count++;
      slots.set(key, s);
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

  /** The tables `AnchorIndex` reads, rebuilt when slots were added since. */
  tables(): SlotTables {
    if (this.built === null || this.builtFor !== this.count) {
      this.built = { ...buildSlotTrie(this.slots, this.count), ...this.buildPivots() };
      this.builtFor = this.count;
    }
    return this.built;
  }

  private buildPivots(): Omit<SlotTables, "symbols" | "trie"> {
    const pivots = new Uint16Array(65536);
    const lists: PivotLiteral[][] = [];
    for (const [text, slot] of this.literals) {
      const offset = pivotOffset(text);
      const unit = text.charCodeAt(offset);
      if (pivots[unit] === 0) {
        lists.push([]);
        pivots[unit] = lists.length;
      }
      lists[(pivots[unit] as number) - 1]?.push({ text, offset, slot });
    }
    const flat = lists.flat();
    const pivotFirst = new Int32Array(lists.length + 1);
    lists.forEach((list, e) => {
      pivotFirst[e + 1] = (pivotFirst[e] as number) + list.length;
    });
    const literalText = flat.map((l) => l.text);
    const literalPivot = Int32Array.from(flat, (l) => l.offset);
    const literalSlot = Int32Array.from(flat, (l) => l.slot);
    const literalCheck = Int32Array.from(flat, (l) =>
      l.text.length === 1 ? -1 : l.offset === 0 ? l.text.length - 1 : 0,
    );
    const literalUnit = Int32Array.from(flat, (l, k) => l.text.charCodeAt(Math.max(0, literalCheck[k] as number)));
    const kinds = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++)
      kinds[c] = (c < 128 && /\w/.test(String.fromCharCode(c)) ? WORD : 0) | (pivots[c] === 0 ? 0 : PIVOT);
    return { pivots, kinds, pivotFirst, literalText, literalPivot, literalSlot, literalCheck, literalUnit };
  }
}
