/**
 * Records where words start (`wordAt`) and where literal pivots are (`pivotAt`) in `text`, given
 * each code unit's `SlotTables.kinds`; returns both counts in one number (words in the low 32
 * bits, pivots above). Every store is unconditional and only the counts move: no branch depends
 * on the text, so no mispredicted branch at every word boundary (which cost more than the loop).
 * `wordAt` and `pivotAt` must hold `text.length + 1` entries.
 *
 * @example
 * const counts = markWords("ab c", kinds, wordAt, pivotAt); // counts % 2 ** 32 === 2
 */
export function markWords(text: string, kinds: Uint8Array, wordAt: Int32Array, pivotAt: Int32Array): number {
  const n = text.length;
  let words = 0;
  let pivotCount = 0;
  let before = 0;
  for (let i = 0; i < n; i++) {
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
