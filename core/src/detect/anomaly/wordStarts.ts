import { type PrefixSlots, probe } from "./prefixSlots.js";

/**
 * Offsets of every anchor in a text, indexed by `PrefixSlots` slot: word starts under each word
 * prefix (or whole word) some rule needs, and occurrences of each literal anchor. Ascending.
 */
export type WordStarts = (number[] | undefined)[];

/** Marks the end of a whole-word key (`wordKey("you ")`): 127 is never a word character. */
const WORD_END = 127;

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
  return prefixKey(w) | (WORD_END << (7 * w.length));
}

/**
 * Indexes, in one character loop, where every ASCII word (`[A-Za-z0-9_]+`, the words
 * JavaScript's `\b` sees) starts under each of its slotted prefixes of 1 to 4 characters (and as a
 * whole word when it is 1 to 3 characters long), and where every slotted literal occurs. The
 * detector builds this once per view and every rule reads it: a rule whose slots are all empty
 * cannot match and costs nothing more.
 *
 * @example
 * const slots = new PrefixSlots();
 * const s = slots.slot(prefixKey("igno"));
 * wordStarts("so ignore it", slots)[s] // [3]
 */
export function wordStarts(text: string, slots: PrefixSlots): WordStarts {
  return scanAnchors(text, slots).index;
}

/**
 * `wordStarts`, and the slots it filled (`touched`, each once) so that a caller can visit only the
 * rules anchored on them.
 *
 * @example
 * scanAnchors("so ignore it", slots).touched // [slot of "igno"]
 */
export function scanAnchors(text: string, slots: PrefixSlots): { index: WordStarts; touched: number[] } {
  const index: WordStarts = new Array(slots.size);
  const touched: number[] = [];
  const t = slots.tables();
  const { pivots, short } = t;
  const n = text.length;
  let start = -1;
  let key = 0;
  let k = 0;
  // `live`: some slotted key still starts with this word's prefix; once none does, skip look-ups.
  let live = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const pivot = pivots[c] as number;
    if (pivot !== 0) literalsAt(text, i, slots, pivot - 1, index, touched);
    if (c < 128 && WORD_CHAR[c] === 1) {
      if (start < 0) {
        start = i;
        key = c;
        k = 1;
        live = add(index, touched, short[c] as number, i);
        continue;
      }
      if (!live) continue;
      if (k === 4) {
        live = false;
        continue;
      }
      key |= c << (7 * k++);
      live = add(index, touched, key < 16384 ? (short[key] as number) : probe(t, key), start);
    } else if (start >= 0) {
      if (live && k < 4) add(index, touched, probe(t, key | (WORD_END << (7 * k))), start);
      start = -1;
    }
  }
  if (start >= 0 && live && k < 4) add(index, touched, probe(t, key | (WORD_END << (7 * k))), start);
  return { index, touched };
}

// Records `at` under the slot a lookup code names; true while longer keys may still match.
function add(index: WordStarts, touched: number[], code: number, at: number): boolean {
  if (code > 1) push(index, touched, (code >> 1) - 1, at);
  return (code & 1) !== 0;
}

function push(index: WordStarts, touched: number[], slot: number, at: number): void {
  const list = index[slot];
  if (list === undefined) {
    index[slot] = [at];
    touched.push(slot);
  } else list.push(at);
}

function literalsAt(text: string, i: number, slots: PrefixSlots, entry: number, index: WordStarts, touched: number[]) {
  for (const lit of slots.pivotLiterals(entry)) {
    const at = i - lit.offset;
    if (at >= 0 && text.startsWith(lit.text, at)) push(index, touched, lit.slot, at);
  }
}

// \w's characters, one table lookup: this test runs on every character of every view.
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/** Whether a UTF-16 code unit is one of JavaScript's (ASCII-only) `\w` characters. */
export function isWordChar(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}
