import { type PrefixSlots, probe } from "./prefixSlots.js";

/** Marks the end of a whole-word key (`wordKey("you ")`): 127 is never a word character. */
export const WORD_END = 127;

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
    const t = this.slots.tables();
    const { pivots, short } = t;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      const pivot = pivots[c] as number;
      if (pivot !== 0) this.literalsAt(text, i, pivot - 1);
      if (c >= 128 || WORD_CHAR[c] === 0) {
        i++;
        continue;
      }
      // A word starts at i: its prefixes are looked up while some slotted key still extends them.
      const start = i;
      let key = c;
      let k = 1;
      let code = short[c] as number;
      if (code > 1) this.add((code >> 1) - 1, start);
      let live = (code & 1) !== 0;
      for (i++; i < n; i++) {
        c = text.charCodeAt(i);
        if (c >= 128 || WORD_CHAR[c] === 0) break;
        const p = pivots[c] as number;
        if (p !== 0) this.literalsAt(text, i, p - 1);
        if (!live) continue;
        if (k === 4) {
          live = false;
          continue;
        }
        key |= c << (7 * k++);
        code = key < 16384 ? (short[key] as number) : probe(t, key);
        if (code > 1) this.add((code >> 1) - 1, start);
        live = (code & 1) !== 0;
      }
      if (live && k < 4) {
        code = probe(t, key | (WORD_END << (7 * k)));
        if (code > 1) this.add((code >> 1) - 1, start);
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
