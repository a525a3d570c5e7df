import { AnchorIndex } from "./anchorIndex.js";
import type { PrefixSlots } from "./prefixSlots.js";
import { WORD_END_CODE } from "./slotTrie.js";

/**
 * Offsets of every anchor in a text, indexed by `PrefixSlots` slot: word starts under each word
 * prefix (or whole word) some rule needs, and occurrences of each literal anchor. Ascending.
 */
export type WordStarts = (number[] | undefined)[];

/**
 * A word prefix of 1 to 4 ASCII characters packed into one integer (7 bits a character), so the
 * per-prompt index needs no substring allocations.
 *
 * @example
 * prefixKey("ig") === prefixKey("ignore".slice(0, 2)) // true
 */
export function prefixKey(prefix: string): number {
  let key = 0;
  for (let i = 0; i < prefix.length && i < 4; i++) key |= (prefix.charCodeAt(i) & 127) << (7 * i);
  return key;
}

/**
 * The key of a `ruleAnchors` word: a prefix ("igno"), or a whole word of up to 3 characters
 * written with a trailing space ("you ": the word "you" and not "your").
 *
 * @example
 * wordKey("you ") !== wordKey("you") // true
 */
export function wordKey(word: string): number {
  if (!word.endsWith(" ")) return prefixKey(word);
  const w = word.slice(0, -1);
  return prefixKey(w) | (WORD_END_CODE << (7 * w.length));
}

/**
 * The anchors of a text as plain arrays (ascending offsets by slot): `AnchorIndex`, for callers
 * that index a text once and want to read it freely.
 *
 * @example
 * const slots = new PrefixSlots();
 * const s = slots.slot(prefixKey("igno"));
 * wordStarts("so ignore it", slots)[s] // [3]
 */
export function wordStarts(text: string, slots: PrefixSlots): WordStarts {
  const index = new AnchorIndex(slots).scan(text);
  const out: WordStarts = new Array(slots.size);
  for (const slot of index.touched()) out[slot] = [...index.offsets(slot)].reverse();
  return out;
}
