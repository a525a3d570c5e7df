/**
 * Records where words start (`wordAt`) and where literal pivots are (`pivotAt`) in
 * `text[from..to)`, given each code unit's `SlotTables.kinds`; returns both counts in one number
 * (words in the low 32 bits, pivots above). A word running into `from` from before it does not
 * start there. Every store is unconditional and only the counts move: no branch depends on the
 * text, so no mispredicted branch at every word boundary (which cost more than the loop).
 * `wordAt` and `pivotAt` must hold `to - from + 1` entries.
 *
 * @example
 * const counts = markWords("ab c", 0, 4, kinds, wordAt, pivotAt); // counts % 2 ** 32 === 2
 */
export function markWords(
  text: string,
  from: number,
  to: number,
  kinds: Uint8Array,
  wordAt: Int32Array,
  pivotAt: Int32Array,
): number {
  let words = 0;
  let pivotCount = 0;
  let before = from > 0 ? (kinds[text.charCodeAt(from - 1)] as number) & 1 : 0;
  for (let i = from; i < to; i++) {
    const kind = kinds[text.charCodeAt(i)] as number;
    const isWord = kind & 1;
    wordAt[words] = i;
    words += isWord & ~before;
    pivotAt[pivotCount] = i;
    // `WORD` is bit 0 of a kind, `PIVOT` bit 1.
    pivotCount += kind >> 1;
    before = isWord;
  }
  return pivotCount * 2 ** 32 + words;
}
