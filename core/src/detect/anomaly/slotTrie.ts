import { AnomalyConfigError } from "./anomalyErrors.js";

/** Trie width: 63 word characters and the end of a word. */
export const WIDTH = 64;
export const END = 63;
/** Bits of a trie entry holding the slot (+1); the child node is in the bits above. */
export const SLOT_BITS = 16;
/** The trie's root node (node 0 is the dead one). */
export const ROOT = 1;
/** The most trie steps a key takes: 4 characters of 7 bits in a 28-bit key. */
export const MAX_KEY_STEPS = 4;
/** The character code `wordKey` ends a whole word with (never a word character). */
export const WORD_END_CODE = 127;

/**
 * The trie of word keys (`prefixKey`, `wordKey`) by slot, as `AnchorIndex.scan` walks it. Nodes
 * are `WIDTH` entries wide (one per word character, and `END` for "the word ends here"): entry
 * `node * WIDTH + symbol` holds the child node `<< SLOT_BITS`, | the slot reached + 1 (0: none),
 * one 32-bit read per step. The walk starts at node `ROOT`; node 0 is dead (no key starts this
 * way) and every entry of it leads back to it, so a walk can take a fixed number of steps without
 * testing where it is. `symbols` maps every UTF-16 code unit to its symbol (`END` if not `\w`).
 *
 * @example
 * const { symbols, trie } = buildSlotTrie(new Map([[prefixKey("ig"), 0]]), 1);
 * trie[(trie[ROOT * WIDTH + symbols[105]] >>> SLOT_BITS) * WIDTH + symbols[103]] & 0xffff // 1 (slot 0 + 1)
 */
export function buildSlotTrie(
  keys: ReadonlyMap<number, number>,
  count: number,
): { symbols: Uint8Array; trie: Int32Array } {
  const symbols = new Uint8Array(65536).fill(END);
  let next = 0;
  for (let c = 0; c < 128; c++) if (/\w/.test(String.fromCharCode(c))) symbols[c] = next++;
  const slotAt: number[] = new Array(2 * WIDTH).fill(0);
  const childAt: number[] = new Array(2 * WIDTH).fill(0);
  let nodes = 2;
  for (const [key, slot] of keys) {
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
  if (count >= 2 ** SLOT_BITS || nodes >= 2 ** (31 - SLOT_BITS))
    throw new AnomalyConfigError(`${count} rule anchors are too many for one anchor index`, {
      where: "PrefixSlots",
      hint: `split the rules over several detectors (at most ${2 ** SLOT_BITS - 1} distinct anchors each)`,
    });
  const trie = Int32Array.from(slotAt, (found, entry) => ((childAt[entry] as number) << SLOT_BITS) | found);
  return { symbols, trie };
}

function isWordKey(key: number): boolean {
  for (let bits = 0; bits < 28 && key >>> bits !== 0; bits += 7) {
    const c = (key >>> bits) & 127;
    if (c !== WORD_END_CODE && !/\w/.test(String.fromCharCode(c))) return false;
  }
  return key !== 0;
}
