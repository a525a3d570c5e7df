import { END, PIVOT, type PrefixSlots, WIDTH, WORD } from "./prefixSlots.js";

// \w's characters, one table lookup: this test runs on every character of every view.
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Whether a UTF-16 code unit is one of JavaScript's (ASCII-only) `\w` characters.
 *
 * @example
 * isWordChar("a".charCodeAt(0)) // true
 */
export function isWordChar(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}

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
export class AnchorIndex {
  private readonly slots: PrefixSlots;
  /** Per slot, its newest entry or -1; `next` links an entry to the one before, `pos` its offset. */
  private head = new Int32Array(0);
  private next = new Int32Array(256);
  private pos = new Int32Array(256);
  private entries = 0;
  /** The slots filled by the last scan, each once. */
  private touchedSlots = new Int32Array(0);
  private touchedCount = 0;

  constructor(slots: PrefixSlots) {
    this.slots = slots;
  }

  /** Indexes `text`, replacing what the previous scan indexed. */
  scan(text: string): this {
    this.reset();
    const { kinds, pivots, symbols, slotAt, childAt } = this.slots.tables();
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let kind = kinds[c] as number;
      if (kind & PIVOT) this.literalsAt(text, i, (pivots[c] as number) - 1);
      if ((kind & WORD) === 0) {
        i++;
        continue;
      }
      // A word starts at i: walk the trie of slotted keys while some key still extends the prefix.
      const start = i;
      let entry = symbols[c] as number;
      let found = slotAt[entry] as number;
      if (found !== 0) this.add(found - 1, start);
      let node = childAt[entry] as number;
      for (i++; node !== 0 && i < n; i++) {
        c = text.charCodeAt(i);
        kind = kinds[c] as number;
        if ((kind & WORD) === 0) break;
        if (kind & PIVOT) this.literalsAt(text, i, (pivots[c] as number) - 1);
        entry = node * WIDTH + (symbols[c] as number);
        found = slotAt[entry] as number;
        if (found !== 0) this.add(found - 1, start);
        node = childAt[entry] as number;
      }
      if (node !== 0) {
        // The word ended while keys were still live: a whole-word key may end here too.
        found = slotAt[node * WIDTH + END] as number;
        if (found !== 0) this.add(found - 1, start);
        continue;
      }
      // No slotted key starts with this word: run to its end, minding only literal pivots.
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        kind = kinds[c] as number;
        if (kind !== WORD) {
          if ((kind & WORD) === 0) break;
          this.literalsAt(text, i, (pivots[c] as number) - 1);
        }
      }
    }
    return this;
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

  /** The slots the last scan filled. */
  touched(): Int32Array {
    return this.touchedSlots.subarray(0, this.touchedCount);
  }

  private reset(): void {
    const size = this.slots.size;
    if (this.head.length !== size) {
      this.head = new Int32Array(size).fill(-1);
      this.touchedSlots = new Int32Array(size);
    } else for (let j = 0; j < this.touchedCount; j++) this.head[this.touchedSlots[j] as number] = -1;
    this.touchedCount = 0;
    this.entries = 0;
  }

  private add(slot: number, at: number): void {
    const e = this.entries++;
    if (e === this.pos.length) {
      this.pos = grow(this.pos);
      this.next = grow(this.next);
    }
    const last = this.head[slot] as number;
    if (last < 0) this.touchedSlots[this.touchedCount++] = slot;
    this.pos[e] = at;
    this.next[e] = last;
    this.head[slot] = e;
  }

  private literalsAt(text: string, i: number, entry: number): void {
    for (const lit of this.slots.pivotLiterals(entry)) {
      const at = i - lit.offset;
      if (at >= 0 && text.startsWith(lit.text, at)) this.add(lit.slot, at);
    }
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
