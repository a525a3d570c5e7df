import { AnomalyConfigError } from "./anomalyErrors.js";
import { pivotOffset } from "./literalPivot.js";

/**
 * The look-up tables of `PrefixSlots`, read directly by `AnchorIndex.scan` in its character loop.
 * Word keys form a trie of nodes `WIDTH` entries wide (one per word character, and `END` for "the
 * word ends here"): entry `node * WIDTH + symbol` holds the slot reached (+1, 0: none) and the
 * child node, packed in one integer. The walk starts at node `ROOT`; node 0 is dead (no key starts this way): every entry
 * of it leads back to it, so a walk can take a fixed number of steps without testing where it is.
 */
export interface SlotTables {
  /** Per UTF-16 code unit: its trie symbol (`END` for every character that is not a word one). */
  symbols: Uint8Array;
  /** Per trie entry: the child node `<< SLOT_BITS`, | the slot reached + 1 (0: none). */
  trie: Int32Array;
  /** Per UTF-16 code unit: 0, or 1 + the `pivotLiterals` entry of the literals pivoting on it. */
  pivots: Uint16Array;
  /**
   * The literals of every `pivots` entry, flat: entry `e`'s are `pivotFirst[e]` up to (not
   * including) `pivotFirst[e + 1]`, each with its text, its pivot's offset in it, and its slot.
   */
  pivotFirst: Int32Array;
  literalText: readonly string[];
  literalPivot: Int32Array;
  literalSlot: Int32Array;
  /** Per UTF-16 code unit: `WORD` if JavaScript's `\w` matches it, | `PIVOT` if literals pivot on it. */
  kinds: Uint8Array;
}

/** `SlotTables.kinds` bits. */
export const WORD = 1;
export const PIVOT = 2;
/** Trie width: 63 word characters and the end of a word. */
export const WIDTH = 64;
export const END = 63;
/** Bits of a trie entry holding the slot (+1); the child node is in the bits above. */
export const SLOT_BITS = 16;
/** The trie's root node (node 0 is the dead one). */
export const ROOT = 1;
/** The most trie steps a key takes: 4 characters of 7 bits in a 28-bit key. */
export const MAX_KEY_STEPS = 4;

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
  private pivotLists: PivotLiteral[][] = [];

  /** The slot of a `prefixKey` (or `wordKey`), assigned on first use. */
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

  /** The tables `AnchorIndex` reads, rebuilt when slots were added since. */
  tables(): SlotTables {
    if (this.built === null || this.builtFor !== this.count) {
      this.built = { ...this.buildTrie(), ...this.buildPivots() };
      this.builtFor = this.count;
    }
    return this.built;
  }

  /** The literals of one `pivots` entry (entry - 1). */
  pivotLiterals(entry: number): readonly PivotLiteral[] {
    return this.pivotLists[entry] ?? [];
  }

  private buildTrie(): Pick<SlotTables, "symbols" | "trie"> {
    const symbols = new Uint8Array(65536).fill(END);
    let next = 0;
    for (let c = 0; c < 128; c++) if (/\w/.test(String.fromCharCode(c))) symbols[c] = next++;
    const slotAt: number[] = new Array(2 * WIDTH).fill(0);
    const childAt: number[] = new Array(2 * WIDTH).fill(0);
    let nodes = 2;
    for (const [key, slot] of this.slots) {
      // A key with a character no word has could never be reached: leave it out.
      if (!isWordKey(key)) continue;
      let node = ROOT;
      for (let bits = 0; bits < 28 && key >>> bits !== 0; bits += 7) {
        const c = (key >>> bits) & 127;
        const entry = node * WIDTH + (c === WORD_END_CODE ? END : (symbols[c] as number));
        const last = bits + 7 >= 28 || key >>> (bits + 7) === 0;
        if (last) slotAt[entry] = slot + 1;
        else {
          if (childAt[entry] === 0) {
            childAt[entry] = nodes++;
            for (let j = 0; j < WIDTH; j++) {
              slotAt.push(0);
              childAt.push(0);
            }
          }
          node = childAt[entry] as number;
        }
      }
    }
    // Slot and child share one 32-bit entry: one memory read per trie step instead of two.
    if (this.count >= 2 ** SLOT_BITS || nodes >= 2 ** (31 - SLOT_BITS))
      throw new AnomalyConfigError(`${this.count} rule anchors are too many for one anchor index`, {
        where: "PrefixSlots",
        hint: `split the rules over several detectors (at most ${2 ** SLOT_BITS - 1} distinct anchors each)`,
      });
    const trie = Int32Array.from(slotAt, (found, entry) => ((childAt[entry] as number) << SLOT_BITS) | found);
    return { symbols, trie };
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
    this.pivotLists = lists;
    const flat = lists.flat();
    const pivotFirst = new Int32Array(lists.length + 1);
    lists.forEach((list, e) => {
      pivotFirst[e + 1] = (pivotFirst[e] as number) + list.length;
    });
    const literalText = flat.map((l) => l.text);
    const literalPivot = Int32Array.from(flat, (l) => l.offset);
    const literalSlot = Int32Array.from(flat, (l) => l.slot);
    const kinds = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++)
      kinds[c] = (c < 128 && /\w/.test(String.fromCharCode(c)) ? WORD : 0) | (pivots[c] === 0 ? 0 : PIVOT);
    return { pivots, kinds, pivotFirst, literalText, literalPivot, literalSlot };
  }
}

function isWordKey(key: number): boolean {
  for (let bits = 0; bits < 28 && key >>> bits !== 0; bits += 7) {
    const c = (key >>> bits) & 127;
    if (c !== WORD_END_CODE && !/\w/.test(String.fromCharCode(c))) return false;
  }
  return key !== 0;
}

/** The character code `wordKey` ends a whole word with (never a word character). */
export const WORD_END_CODE = 127;
