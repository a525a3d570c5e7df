import { isWordChar } from "./isWordChar.js";
import { markWords } from "./markWords.js";
import { PIVOT, type PrefixSlots, type SlotTables, WORD } from "./prefixSlots.js";
import { END, MAX_KEY_STEPS, ROOT, SLOT_BITS, WIDTH } from "./slotTrie.js";

// `scan` writes these as literal numbers (see there).
if (WIDTH !== 64 || END !== 63 || MAX_KEY_STEPS !== 4 || WORD !== 1 || PIVOT !== 2 || SLOT_BITS !== 16)
  throw new Error("AnchorIndex.scan's literal trie constants are out of date");

/**
 * Scratch of `scan` for one chunk of text: where words start, and where literal pivots are.
 * Module constants of a fixed size, not per-index buffers grown to the text: V8 then folds the
 * arrays into the scan's code, and the scan of a 1 KB prompt took ~1 us less (of ~6). Shared by
 * every index: `scan` runs to completion before another can start. Longer texts go in chunks.
 */
const CHUNK = 4096;
const WORD_AT = new Int32Array(CHUNK + 1);
const PIVOT_AT = new Int32Array(CHUNK + 1);

/**
 * The offsets of every anchor of a text, by `PrefixSlots` slot: where each ASCII word
 * (`[A-Za-z0-9_]+`, the words JavaScript's `\b` sees) starts under each of its slotted prefixes
 * of 1 to 4 characters (and as a whole word when it has 1 to 3), and where each slotted literal
 * occurs. One character loop fills it, and every rule reads it: a rule whose slots are all empty
 * cannot match and costs nothing more. Hand-written (no library indexes word prefixes and literals
 * in one pass) over reused typed arrays, since it runs on every prompt: offsets of a slot form a
 * linked list, newest (largest) first, and a new `scan` clears only the slots the last one filled.
 *
 * @example
 * const slots = new PrefixSlots();
 * const s = slots.slot(prefixKey("igno"));
 * [...new AnchorIndex(slots).scan("so ignore it").offsets(s)] // [3]
 */
// About 220 lines, one class: the scan and the accessors share the reused typed arrays and their
// linked-list layout, which a split would have to expose.
export class AnchorIndex {
  private readonly slots: PrefixSlots;
  /** Per slot, its newest entry or -1; `next` links an entry to the one before, `pos` its offset. */
  private head = new Int32Array(0);
  private next = new Int32Array(256);
  private pos = new Int32Array(256);
  private entries = 0;
  /** Per slot filled by the last scan, its oldest (smallest-offset) entry. */
  private tail = new Int32Array(0);
  /** The slots filled by the last scan, each once. */
  private touchedSlots = new Int32Array(0);
  private filled = 0;
  /** The text of the last scan (read by `wordCharBefore`). */
  private text = "";

  constructor(slots: PrefixSlots) {
    this.slots = slots;
  }

  /**
   * Indexes `text`, replacing what the previous scan indexed. Two passes keep the character loop
   * free of data-dependent branches (a mispredicted branch at every word boundary and trie step
   * cost more than the loop itself): `markWords` records where words start and where literal
   * pivots are, then the trie is walked a fixed `MAX_KEY_STEPS` steps from each word start.
   */
  scan(text: string): this {
    this.reset();
    this.text = text;
    const tables = this.slots.tables();
    const { kinds, symbols, trie } = tables;
    const root = ROOT;
    const n = text.length;
    for (let from = 0; from < n; from += CHUNK) {
      const counts = markWords(text, from, Math.min(n, from + CHUNK), kinds, WORD_AT, PIVOT_AT);
      const words = counts % 2 ** 32;
      const pivotCount = Math.floor(counts / 2 ** 32);
      this.reserve(words * MAX_KEY_STEPS);
      const { pos, next, head, touchedSlots, tail } = this;
      let entries = this.entries;
      let touched = this.filled;
      for (let w = 0; w < words; w++) {
        const start = WORD_AT[w] as number;
        let node = root;
        // Past its end a word reads as `END`, and past the text too; after `END` the walk is dead.
        // Literal numbers, not the imported constants (checked at the top of this file): V8 folds
        // these into shifts and masks, while an imported binding is reloaded and checked on every use.
        for (let step = 0, at = start; step < 4; step++, at++) {
          const entry = (node << 6) + (at < n ? (symbols[text.charCodeAt(at)] as number) : 63);
          const value = trie[entry] as number;
          const found = value & 0xffff;
          node = value >>> 16;
          if (found === 0) continue;
          const slot = found - 1;
          const last = head[slot] as number;
          if (last < 0) {
            touchedSlots[touched++] = slot;
            tail[slot] = entries;
          }
          pos[entries] = start;
          next[entries] = last;
          head[slot] = entries++;
        }
      }
      this.entries = entries;
      this.filled = touched;
      this.literalsAt(text, pivotCount, tables);
    }
    return this;
  }

  /** Whether a word character of the indexed text comes right before offset `at`. */
  wordCharBefore(at: number): boolean {
    return at > 0 && isWordChar(this.text.charCodeAt(at - 1));
  }

  /** Whether the slot has an offset in the indexed text. */
  has(slot: number): boolean {
    return slot < this.head.length && (this.head[slot] as number) >= 0;
  }

  /** The offsets of a slot in the indexed text, largest first. */
  *offsets(slot: number): Generator<number> {
    for (let e = this.firstEntry(slot); e >= 0; e = this.nextEntry(e)) yield this.offsetOf(e);
  }

  /** The newest entry of a slot, or -1 (walk: `nextEntry`, read: `offsetOf`; no allocation). */
  firstEntry(slot: number): number {
    return slot < this.head.length ? (this.head[slot] as number) : -1;
  }

  nextEntry(entry: number): number {
    return this.next[entry] as number;
  }

  offsetOf(entry: number): number {
    return this.pos[entry] as number;
  }

  /** The largest offset of a slot the last scan filled (its newest entry's). */
  maxOffset(slot: number): number {
    return this.pos[this.head[slot] as number] as number;
  }

  /** The smallest offset of a slot the last scan filled. */
  minOffset(slot: number): number {
    return this.pos[this.tail[slot] as number] as number;
  }

  /** The slots the last scan filled. */
  touched(): Int32Array {
    return this.touchedSlots.subarray(0, this.filled);
  }

  /** How many slots the last scan filled (read them with `touchedSlot`; no allocation). */
  get touchedCount(): number {
    return this.filled;
  }

  touchedSlot(t: number): number {
    return this.touchedSlots[t] as number;
  }

  private reset(): void {
    const size = this.slots.size;
    if (this.head.length !== size) {
      this.head = new Int32Array(size).fill(-1);
      this.touchedSlots = new Int32Array(size);
      this.tail = new Int32Array(size);
    } else for (let j = 0; j < this.filled; j++) this.head[this.touchedSlots[j] as number] = -1;
    this.filled = 0;
    this.entries = 0;
  }

  // Makes room for `more` entries past the current ones.
  private reserve(more: number): void {
    let size = this.pos.length;
    while (size < this.entries + more) size *= 2;
    if (size === this.pos.length) return;
    const pos = new Int32Array(size);
    const next = new Int32Array(size);
    pos.set(this.pos);
    next.set(this.next);
    this.pos = pos;
    this.next = next;
  }

  private add(slot: number, at: number): void {
    if (this.entries === this.pos.length) this.reserve(1);
    const e = this.entries++;
    const last = this.head[slot] as number;
    if (last < 0) {
      this.touchedSlots[this.filled++] = slot;
      this.tail[slot] = e;
    }
    this.pos[e] = at;
    this.next[e] = last;
    this.head[slot] = e;
  }

  // Adds the literals pivoting on the code units at `PIVOT_AT[0..count)` that occur there.
  private literalsAt(text: string, count: number, tables: SlotTables): void {
    const { pivots, pivotFirst, literalText, literalPivot, literalSlot, literalCheck, literalUnit } = tables;
    const n = text.length;
    for (let p = 0; p < count; p++) {
      const i = PIVOT_AT[p] as number;
      const entry = (pivots[text.charCodeAt(i)] as number) - 1;
      for (let l = pivotFirst[entry] as number, to = pivotFirst[entry + 1] as number; l < to; l++) {
        const at = i - (literalPivot[l] as number);
        if (at < 0) continue;
        // A one-unit literal is its pivot: it occurs here (a third of the checks on the bench).
        // A longer one must have its check unit in place before `startsWith` is called ("b" of
        // "bagay" occurs ~10 times per prompt; the "g" 19 units before it rarely).
        const check = literalCheck[l] as number;
        const lit = literalText[l] as string;
        if (
          check < 0 ||
          (at + lit.length <= n && text.charCodeAt(at + check) === literalUnit[l] && text.startsWith(lit, at))
        )
          this.add(literalSlot[l] as number, at);
      }
    }
  }
}
